import type { ParsedFile, Problem } from '../types.ts';

/** Role addresses on institutional domains are public; anything else is treated as a private person's. */
const PUBLIC_MAIL_DOMAIN = /\.(?:gov\.cn|org\.cn|edu\.cn|org)$/i;

const PATTERNS: { name: string; nameEn: string; pattern: RegExp; allowed?: (match: string) => boolean }[] = [
  {
    name: '身份证号',
    nameEn: 'ID card number',
    pattern: /(?<![\dA-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dA-Za-z])/g,
  },
  { name: '手机号码', nameEn: 'mobile phone number', pattern: /(?<![\d.])(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?![\d.])/g },
  { name: '固定电话号码', nameEn: 'landline number', pattern: /(?<![\d.])(?:\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3}-)\s?\d{7,8}(?![\d.])/g },
  {
    name: '电子邮箱',
    nameEn: 'e-mail address',
    pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
    allowed: (match) => PUBLIC_MAIL_DOMAIN.test(match),
  },
];

/** Profiles hold public, professional facts only: no phone numbers, ID numbers or private e-mail. */
export function checkPersonalData(parsed: ParsedFile): Problem[] {
  const problems: Problem[] = [];
  parsed.text.split('\n').forEach((lineText, index) => {
    for (const { name, nameEn, pattern, allowed } of PATTERNS) {
      for (const match of lineText.matchAll(pattern)) {
        if (allowed?.(match[0])) continue;
        problems.push({
          file: parsed.file,
          line: index + 1,
          field: 'privacy',
          message: `含有个人信息（${name}“${match[0]}”），请删除 / contains personal data (${nameEn}); remove it`,
        });
      }
    }
  });
  return problems;
}
