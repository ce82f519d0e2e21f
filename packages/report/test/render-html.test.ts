import { describe, expect, it } from 'vitest';
import { renderHtml } from '../src/render-html.js';
import { fixtureDocument } from './fixture.js';

describe('renderHtml', () => {
  it('makes one self-contained page: no script, no external resource', async () => {
    const html = await renderHtml(fixtureDocument());
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)="https?:/i);
    expect(html).not.toMatch(/@import|url\(https?:/i);
  });

  it('inlines three SVG charts with drawn marks', async () => {
    const html = await renderHtml(fixtureDocument());
    expect(html.match(/<svg /g)).toHaveLength(3);
    const surplus = html.slice(html.indexOf('id="chart-surplus"'), html.indexOf('id="chart-annual"'));
    expect(surplus).toMatch(/class="mark-line role-mark/);
    expect(surplus).toContain('baseline');
    expect(surplus).toContain('eu-flat');
    const regions = html.slice(html.indexOf('id="chart-regions"'));
    expect(regions).toContain('European Union');
    expect((regions.match(/<path [^>]*d="M[^"]+"/g) ?? []).length).toBeGreaterThan(6);
  });

  it('shows the comparison table with the difference', async () => {
    const html = await renderHtml(fixtureDocument());
    expect(html).toContain('<td class="num neg">-$80.0 bn</td>');
  });

  it('escapes names that look like markup', async () => {
    const doc = fixtureDocument();
    doc.scenarios[1]!.description = '<b>bold</b> & co';
    const html = await renderHtml(doc);
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt; &amp; co');
    expect(html).not.toContain('<b>bold</b>');
  });
});
