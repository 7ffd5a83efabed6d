import { chromium } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
const bilder = readdirSync('/tmp').filter((f) => /^p-\d+\.png$/.test(f)).sort();
const html = `<body style="margin:0;display:flex;flex-wrap:wrap;gap:4px;background:#888">${bilder.map((b) => `<img style="width:200px;background:#fff" src="data:image/png;base64,${readFileSync('/tmp/' + b).toString('base64')}">`).join('')}</body>`;
const br = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await br.newPage({ viewport: { width: 1850, height: 800 } });
await p.setContent(html);
await p.screenshot({ path: '/tmp/z16montage.png', fullPage: true });
await br.close();
