/** Industry and region code fields: checked against the committed code lists, with a "did you mean" hint for a near miss. */
import { z } from 'zod';
import { industries, regions, type Taxonomy } from '../../taxonomy/taxonomy.ts';
import { toHalfWidth } from '../../text/half-width.ts';

function codeIn(taxonomy: Taxonomy, standard: string, normalise: (code: string) => string) {
  return z.preprocess(
    (value) => (typeof value === 'number' ? String(value) : typeof value === 'string' ? normalise(value) : value),
    z.string().superRefine((code, ctx) => {
      if (taxonomy.has(code)) return;
      const [suggestion] = taxonomy.suggest(code);
      const hint = suggestion ? `（是否应为 ${suggestion} ${taxonomy.name(suggestion)}？）` : '';
      const hintEn = suggestion ? ` (did you mean ${suggestion}?)` : '';
      ctx.addIssue({ code: 'custom', message: `"${code}" 不是 ${standard} 代码${hint} / "${code}" is not a ${standard} code${hintEn}` });
    }),
  );
}

/** A GB/T 4754-2017 section letter or section+division: `C`, `C38`, `I63`. */
export const industryCode = codeIn(industries, 'GB/T 4754', (code) => toHalfWidth(code).toUpperCase());

/** A GB/T 2260 six-digit code of a province, prefecture-level city or county: `440000`, `441481`. */
export const regionCode = codeIn(regions, 'GB/T 2260', toHalfWidth);
