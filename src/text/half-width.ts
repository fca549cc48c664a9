/** Chinese input methods type full-width digits and letters; codes and dates are checked and stored in ASCII. */

/** `４４１４８１` → `441481`, `Ｃ３８` → `C38`; surrounding spaces are dropped too. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)).trim();
}
