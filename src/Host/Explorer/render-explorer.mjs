// Renders the Altair GraphQL explorer (npm altair-static) into wwwroot/graphql/ui, pointed at this Host's /graphql.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { getDistDirectory, renderAltair } = require('altair-static');
const target = fileURLToPath(new URL('../wwwroot/graphql/ui/', import.meta.url));

rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
cpSync(getDistDirectory(), target, { recursive: true });
writeFileSync(target + 'index.html', renderAltair({
  baseURL: '/graphql/ui/',
  endpointURL: '/graphql',
  initialName: 'Verzuim',
  initialQuery: '# Log in with the `login` mutation, then set the header\n# Authorization: Bearer <session token>\nquery Me {\n  me {\n    __typename\n  }\n}\n',
  initialHeaders: {},
  disableAccount: true,
  // No advertising banners (such as the AI plugin's) and no update notices: the explorer is part of our product.
  initialSettings: {
    theme: 'light',
    language: 'en-US',
    'plugin.list': [],
    'banners.disable': true,
    'alert.disableUpdateNotification': true,
  },
}));
console.log(`Altair explorer written to ${target}`);
