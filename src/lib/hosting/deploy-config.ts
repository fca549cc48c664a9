/** Where npm run deploy publishes, read from the environment so that no address or key is in the repository. */
import { DEFAULT_GRACE_HOURS } from './pending-deletions.ts';

export interface DeployConfig {
  endpoint: string;
  region: string;
  bucket: string;
  /** Folder in the bucket that holds the site, "" or ending in "/". */
  prefix: string;
  /** MinIO and s3rver need bucket-in-path URLs; OSS and COS want the bucket in the host name. */
  forcePathStyle: boolean;
  graceHours: number;
}

type Env = Readonly<Record<string, string | undefined>>;

/** Each required variable with what it holds, in Chinese and English. */
const REQUIRED: Readonly<Record<string, readonly [string, string]>> = {
  DEPLOY_S3_ENDPOINT: ['存储服务地址，如 https://oss-cn-guangzhou.aliyuncs.com', 'the storage endpoint, e.g. https://oss-cn-guangzhou.aliyuncs.com'],
  DEPLOY_S3_BUCKET: ['存储桶名称', 'the bucket name'],
  // Read by the AWS SDK itself; checked here so that a missing key is named rather than reported as a failed signature.
  AWS_ACCESS_KEY_ID: ['访问密钥 ID', 'the access key id'],
  AWS_SECRET_ACCESS_KEY: ['访问密钥', 'the secret access key'],
};

/**
 * @param graceHoursFlag --delete-after-hours, which wins over DEPLOY_DELETE_AFTER_HOURS
 * @throws Error naming every missing or malformed variable, Chinese first
 */
export function deployConfig(env: Env, graceHoursFlag?: string): DeployConfig {
  const problems = Object.entries(REQUIRED)
    .filter(([name]) => !env[name])
    .map(([name, [zh, en]]) => `缺少环境变量 ${name}（${zh}）/ missing environment variable ${name} (${en})`);
  const graceText = graceHoursFlag ?? env.DEPLOY_DELETE_AFTER_HOURS;
  const graceHours = graceText ? Number(graceText) : DEFAULT_GRACE_HOURS;
  if (!Number.isFinite(graceHours) || graceHours < 0)
    problems.push(`删除宽限期应为不小于 0 的小时数，而不是 "${graceText}" / the deletion grace period must be a number of hours ≥ 0, not "${graceText}"`);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const prefix = (env.DEPLOY_S3_PREFIX ?? '').replace(/^\/+|\/+$/g, '');
  return {
    endpoint: env.DEPLOY_S3_ENDPOINT!,
    region: env.DEPLOY_S3_REGION || 'us-east-1',
    bucket: env.DEPLOY_S3_BUCKET!,
    prefix: prefix ? `${prefix}/` : '',
    forcePathStyle: /^(1|true|yes)$/i.test(env.DEPLOY_S3_FORCE_PATH_STYLE ?? ''),
    graceHours,
  };
}
