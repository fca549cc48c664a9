/**
 * npm run deploy [-- --dry-run] [-- --delete-after-hours=N]: publishes dist/ to an S3-compatible
 * bucket (AWS S3, Alibaba OSS, Tencent COS, MinIO). Where to, and the keys, come from the environment:
 * DEPLOY_S3_ENDPOINT, DEPLOY_S3_BUCKET, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY; optionally
 * DEPLOY_S3_REGION (us-east-1), DEPLOY_S3_PREFIX, DEPLOY_S3_FORCE_PATH_STYLE=true (MinIO) and
 * DEPLOY_DELETE_AFTER_HOURS (24).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type DeployConfig, deployConfig } from '../src/lib/hosting/deploy-config.ts';
import { deploySite } from './lib/deploy-site.ts';
import { s3Client, s3Store } from './lib/s3-store.ts';

const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false }, 'delete-after-hours': { type: 'string' } } });
const siteDir = resolve(import.meta.dirname, '..', 'dist');
const dryRun = values['dry-run'];

let config: DeployConfig;
try {
  config = deployConfig(process.env, values['delete-after-hours']);
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
}

const where = `s3://${config.bucket}/${config.prefix} (${config.endpoint})`;
console.log(`${dryRun ? '预演 / dry run' : '部署 / deploying'}: dist/ → ${where}`);
const started = performance.now();
try {
  const store = s3Store(s3Client(config), config.bucket, config.prefix);
  const { uploaded, deleted } = await deploySite({
    siteDir,
    store,
    now: new Date(),
    graceHours: config.graceHours,
    dryRun,
    log: (line) => console.log(`  ${line}`),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    dryRun
      ? `✓ 预演结束，未做任何改动 / dry run: nothing changed (${seconds} s)`
      : `✓ 已上传 ${uploaded} 个、删除 ${deleted} 个文件 / uploaded ${uploaded}, deleted ${deleted} file(s) (${seconds} s)`,
  );
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  if (!dryRun) console.error('  线上网站仍然完整；再次运行 npm run deploy 即可继续 / the live site is still whole; run npm run deploy again to finish');
  process.exitCode = 1;
}
