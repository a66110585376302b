// The languages the element tests render in, registered up front as an app
// would with `import 'lede-widgets/locales/ru'`. The lazy path (packs fetched
// or imported on first use) has its own tests in languages.test.ts.
import '../../src/locales/fa.js';
import '../../src/locales/fa-AF.js';
import '../../src/locales/ka.js';
import '../../src/locales/ps.js';
import '../../src/locales/ru.js';
import '../../src/locales/uk.js';
