import { designOfNodes } from './designs';
import { exportAsyncApi, toYaml } from '../src/core/export/asyncapi';
const d = designOfNodes(10).design;
const ex = exportAsyncApi(d);
console.log(ex.documents.map((x) => x.fileBase).join(' '));
console.log(toYaml(ex.documents[0].document));
console.log(toYaml(ex.documents[ex.documents.length-1].document).slice(0, 3000));
