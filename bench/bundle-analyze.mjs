import { build } from 'esbuild';
const what = process.argv[2];
const r = await build({ stdin: { contents: `export ${what} from './dist/index.js'`, resolveDir: process.cwd() }, bundle: true, minify: true, write: false, metafile: true, format: 'esm', platform: 'browser' });
const ins = r.metafile.outputs[Object.keys(r.metafile.outputs)[0]].inputs;
const by = {};
for (const [k, v] of Object.entries(ins)) { const key = k.replace(/^node_modules\/([^/]+).*/, 'nm:$1').replace(/^dist\/([^/]+).*/, 'dist:$1'); by[key] = (by[key]||0) + v.bytesInOutput; }
console.log(Object.entries(by).sort((a,b)=>b[1]-a[1]).slice(0,25).map(([k,v])=>`${(v/1024).toFixed(1)}k ${k}`).join('\n'));
