/** JSON Schemas of the open-data files, generated from the content schemas plus the export's own columns. */
import { z } from 'zod';
import { type ContentKind, kinds } from '../schema/index.ts';

const exportColumns = {
  id: z.string().meta({ title: 'id', description: '条目 id，也是网址的一部分。' }),
  url: z.url().meta({ title: '网址', description: '条目的永久网址。' }),
  industry_names: z.array(z.string()).meta({ title: '行业名称', description: '与 industries 代码一一对应的 GB/T 4754-2017 名称。' }),
  region_names: z.array(z.string()).meta({ title: '地区名称', description: '与 regions 代码一一对应的 GB/T 2260 名称。' }),
  updated: z.string().meta({ title: '最后更新', description: '条目文件最后修改的日期（YYYY-MM-DD，来自版本历史）。' }),
};

export function dataJsonSchema(kind: ContentKind): object {
  const row = kinds[kind].schema.extend(exportColumns);
  return z.toJSONSchema(z.array(row), { io: 'input', unrepresentable: 'any' });
}
