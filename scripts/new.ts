/**
 * npm run new -- <case|expert|method|course> <id>
 * Creates content/<kind>/<id>.md from the template of that kind. Refuses an
 * id that exists or is not kebab-case ASCII, suggesting a pinyin id for a
 * Chinese name.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { t } from '../src/i18n/zh-CN.ts';
import { entryTemplate } from '../src/lib/entry-template.ts';
import { suggestId } from '../src/lib/pinyin-id.ts';
import { CONTENT_KINDS, type ContentKind, ENTRY_ID, kinds } from '../src/schema/index.ts';

/** A kind may be named as its folder, in the singular or in Chinese: cases, case, 案例. */
const KIND_NAMES: Record<string, ContentKind> = Object.fromEntries(
  CONTENT_KINDS.flatMap((kind) => [kind, kinds[kind].singular, t(`kind.${kind}`)].map((name) => [name, kind])),
);

const root = resolve(import.meta.dirname, '..');
const [kindName = '', id = ''] = process.argv.slice(2);
const kind = KIND_NAMES[kindName];

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!kind || !id) {
  fail('用法 / usage: npm run new -- <case|expert|method|course> <id>\n例如 / e.g.: npm run new -- case zhenjiang-port-unmanned-hoppers');
}
if (!ENTRY_ID.test(id)) {
  const hint = /[\u3400-\u9fff]/.test(id) ? `\n可以用 / try: npm run new -- ${kindName} ${suggestId(id, kind === 'experts')}` : '';
  fail(`“${id}”不能作为 id：只能用小写拼音或英文单词，用连字符连接，如 xia-bodang / id must be kebab-case ASCII${hint}`);
}
const file = resolve(root, 'content', kind, `${id}.md`);
if (existsSync(file)) fail(`${relative(root, file)} 已经存在，请换一个 id / already exists: choose another id`);

const today = new Date().toLocaleDateString('sv-SE');
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, entryTemplate(kind, today));
const path = relative(root, file);
console.log(`已创建 / created ${path}
下一步 / next:
  1. 打开文件，把所有“【待填写…】”换成真实内容（# 开头的行是说明，可以保留）
     open the file and replace every 【待填写…】 placeholder
  2. 检查 / check: npm run check -- ${path}`);
