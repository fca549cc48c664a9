/**
 * Turns file bytes into text. Editors on Windows often save GBK; a clear
 * message with the fix beats a page of mojibake.
 */
export type Decoded = { ok: true; text: string } | { ok: false; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const gb18030 = new TextDecoder('gb18030', { fatal: true });

export function decodeContent(bytes: Uint8Array): Decoded {
  try {
    // The decoder drops a UTF-8 byte-order mark; line endings are normalised so line numbers stay true.
    return { ok: true, text: utf8.decode(bytes).replace(/\r\n?/g, '\n') };
  } catch {
    const looksChinese = (() => {
      try {
        return /[\u4e00-\u9fff]/.test(gb18030.decode(bytes));
      } catch {
        return false;
      }
    })();
    const guess = looksChinese ? '看起来是 GBK/GB18030 编码（Windows 记事本等常见）' : '编码无法识别';
    const guessEn = looksChinese ? 'it looks like GBK/GB18030, common with Windows editors' : 'unknown encoding';
    return {
      ok: false,
      message:
        `文件不是 UTF-8 编码，${guess}。请用编辑器“另存为 → 编码选 UTF-8”，或运行 iconv -f GBK -t UTF-8 原文件 > 新文件 / ` +
        `file is not UTF-8 (${guessEn}); re-save it as UTF-8 or convert with iconv -f GBK -t UTF-8`,
    };
  }
}
