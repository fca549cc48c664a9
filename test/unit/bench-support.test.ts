import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaresWebFont, pageAssets } from '../../scripts/lib/page-budget.ts';
import { CharacterModel, random, syntheticCorpus } from '../../scripts/lib/synthetic.ts';
import { treeResidentBytes } from '../../scripts/lib/tree-memory.ts';
import { checkContent, formatProblem } from '../../src/lib/content-check/index.ts';
import { markdownText } from '../../src/lib/markdown-text.ts';
import { CONTENT_KINDS } from '../../src/schema/index.ts';

const samples = [
  { kind: 'cases' as const, data: { summary: '摘要一', industries: ['C38'], regions: ['440100'] }, body: '电缆车间降低废品率，工匠带队攻关。' },
  { kind: 'experts' as const, data: { summary: '摘要二', industries: ['B06'], regions: ['320300'] }, body: '夏伯党用望闻问切法排除故障。' },
  { kind: 'methods' as const, data: { summary: '摘要三', industries: ['B06'], regions: ['320300'] }, body: '先看，再听，然后问，最后摸。' },
  { kind: 'courses' as const, data: { summary: '摘要四', industries: ['P83'], regions: ['441481'] }, body: '公开课讲解故障快速排除法。' },
];

describe('synthetic corpus', () => {
  it('is deterministic from its seed', () => {
    expect(syntheticCorpus({ count: 30, seed: 7, samples })).toEqual(syntheticCorpus({ count: 30, seed: 7, samples }));
    expect(syntheticCorpus({ count: 30, seed: 7, samples })).not.toEqual(syntheticCorpus({ count: 30, seed: 8, samples }));
  });

  it('keeps the proportions of the kinds, unique ids and references that resolve', () => {
    const corpus = syntheticCorpus({ count: 400, seed: 1, samples });
    expect(corpus).toHaveLength(400);
    expect(new Set(corpus.map((entry) => `${entry.kind}/${entry.id}`)).size).toBe(400);
    const experts = new Set(corpus.filter((entry) => entry.kind === 'experts').map((entry) => entry.id));
    expect(experts.size).toBe(100);
    for (const entry of corpus)
      for (const [, ids] of entry.markdown.matchAll(/^(?:experts|originators|teachers): \[(.*)\]$/gm)) {
        for (const id of JSON.parse(`[${ids}]`) as string[]) expect(experts.has(id)).toBe(true);
      }
  });

  it('passes the checker when drawn from the real content, every kind included', () => {
    const root = resolve(import.meta.dirname, '../..');
    const real = checkContent({ root }).entries.map((entry) => ({ kind: entry.kind, data: entry.data, body: markdownText(entry.body) }));
    const project = mkdtempSync(join(tmpdir(), 'portal-synthetic-'));
    try {
      const corpus = syntheticCorpus({ count: 300, seed: 5, samples: real });
      expect(new Set(corpus.map((entry) => entry.kind))).toEqual(new Set(CONTENT_KINDS));
      for (const entry of corpus) {
        mkdirSync(join(project, 'content', entry.kind), { recursive: true });
        writeFileSync(join(project, 'content', entry.kind, `${entry.id}.md`), entry.markdown);
      }
      expect(checkContent({ root: project }).problems.map(formatProblem).slice(0, 5)).toEqual([]);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it('writes text from the characters of the samples', () => {
    const model = new CharacterModel(samples.map((sample) => sample.body));
    const text = model.text(random(3), 40);
    const alphabet = new Set(samples.flatMap((sample) => [...sample.body]));
    expect([...text].every((char) => alphabet.has(char))).toBe(true);
  });
});

describe('page budget rules', () => {
  it('finds stylesheets, scripts, images and third-party requests', () => {
    const assets = pageAssets(
      '<link rel="stylesheet" href="/a.css"><script src="https://cdn.example.com/x.js"></script><img src="/p.png" width="10" height="10" loading="lazy"><a href="https://other.org/">link</a>',
      'http://127.0.0.1',
    );
    expect(assets).toEqual({
      stylesheets: ['/a.css'],
      scripts: ['https://cdn.example.com/x.js'],
      images: [{ src: '/p.png', sized: true, lazy: true }],
      thirdParty: ['https://cdn.example.com/x.js'],
    });
    expect(declaresWebFont('@font-face { font-family: x }')).toBe(true);
  });
});

describe.runIf(process.platform === 'linux')('process tree memory', () => {
  // A parent holding 150 MB that starts a child holding 100 MB, both waiting until told to end.
  const PARENT = `const held = Buffer.alloc(150e6, 1);
const child = require('node:child_process').spawn(process.execPath, ['-e', "const held = Buffer.alloc(100e6, 1); console.log('ready'); process.stdin.resume(); process.stdin.on('end', () => held.length)"], { stdio: ['pipe', 'inherit', 'inherit'] });
process.stdin.resume();
process.stdin.on('end', () => { child.stdin.end(); held.length; });`;

  it('counts the children a command starts, not only the command', async () => {
    const parent = spawn(process.execPath, ['-e', PARENT], { stdio: ['pipe', 'pipe', 'inherit'] });
    await once(parent.stdout, 'data');
    const whole = treeResidentBytes(parent.pid!);
    parent.stdin.end();
    await once(parent, 'close');
    expect(whole).toBeGreaterThan(250e6);
  });
});
