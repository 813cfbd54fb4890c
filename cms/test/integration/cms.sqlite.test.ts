import { defineCmsSuite } from './cms-suite.ts';

defineCmsSuite('sqlite');
