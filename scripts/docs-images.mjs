// Copies the screenshots the end-to-end checks take (test-output/e2e/) that the README shows into
// docs/images/. Run `npm run test:e2e` first; `npm run docs:images` then refreshes the README's pictures.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const shots = [
  'hover-gelu.png',
  'plot-1-quick-pick.png',
  'plot-2-elu.png',
  'plot-3-slider-readout.png',
  'plot-3b-overlay.png',
  'plot-5-high-contrast.png',
  'zh-cn-hover.png',
  'walkthrough.png',
];
const from = join('test-output', 'e2e');
const to = join('docs', 'images');
mkdirSync(to, { recursive: true });
const missing = shots.filter((s) => !existsSync(join(from, s)));
if (missing.length) {
  console.error(`missing screenshots (run npm run test:e2e first): ${missing.join(', ')}`);
  process.exit(1);
}
for (const s of shots) copyFileSync(join(from, s), join(to, s));
console.log(`copied ${shots.length} screenshots to ${to}`);
