import { describe, expect, it } from 'vitest';
import { dropDrawnData, DRAWN_IN_HTML } from '$lib/server/drop-drawn-data';

/** A page as SvelteKit writes it: the chart in the markup, and again in the start script's data. */
const page = (data: string) =>
	`<!doctype html><html><body><div class="prerendered"><svg viewBox="0 0 1 1"><text>“a” \\ b</text></svg></div>` +
	`<script>{ const data = [null,{type:"data",data:{${data}}}]; kit.start(app, element, { data }); }</script>` +
	`<script type="application/json">{"svg":"\\u003Csvg>x\\u003C/svg>"}</script></body></html>`;

const standIn = JSON.stringify(DRAWN_IN_HTML).replaceAll('<', '\\u003C');

describe('dropDrawnData', () => {
	it('replaces each chart string in the start script, and only those', () => {
		const data =
			'svg:"\\u003Csvg style=\\"font-size:12px\\">\\u003Ctext>say \\"hi\\" \\\\ there\\u003C/text>\\u003C/svg>",' +
			'panels:[{svg:"\\u003Cfigure class=\\"f\\">\\u003Csvg>\\u003C/svg>\\u003C/figure>",label:"EGDI"}],' +
			'note:"\\u003Cb>not a chart\\u003C/b>",title:"svg"';
		const out = dropDrawnData(page(data));
		expect(out).toContain(
			`svg:${standIn},panels:[{svg:${standIn},label:"EGDI"}],note:"\\u003Cb>not a chart\\u003C/b>",title:"svg"`
		);
		// The markup and other scripts are untouched.
		expect(out).toContain('<svg viewBox="0 0 1 1"><text>“a” \\ b</text></svg>');
		expect(out).toContain('{"svg":"\\u003Csvg>x\\u003C/svg>"}');
		// The result still parses as JavaScript.
		const script = /<script>([\s\S]*?)<\/script>/.exec(out)?.[1] as string;
		const data2 = new Function(
			'kit',
			'app',
			'element',
			`let seen; kit = { start: (a, e, o) => (seen = o.data) }; ${script}; return seen;`
		);
		expect(data2()[1].data).toEqual({
			svg: DRAWN_IN_HTML,
			panels: [{ svg: DRAWN_IN_HTML, label: 'EGDI' }],
			note: '<b>not a chart</b>',
			title: 'svg'
		});
	});

	it('leaves a page without a start script as it is', () => {
		const html = '<html><body><script>"\\u003Csvg>"</script></body></html>';
		expect(dropDrawnData(html)).toBe(html);
	});
});
