// The documentation site's one script (bundled by scripts/build-playground.mjs into docs/assets/site.js):
// the language switch on every page, and the page's own part where its elements are.
import { startAmounts } from './amounts.js';
import { startLanguage, relocalize } from './lang.js';
import { useLoadedNorms } from './norms.js';
import { startPlayground } from './playground.js';
import { startSearch } from './search.js';

useLoadedNorms();
startLanguage();
startSearch();
startAmounts();
startPlayground();
relocalize();
