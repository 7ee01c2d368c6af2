/** Where the committed NER weights are. */
import { dataPath } from '../../paths.js';

/** The committed NER weights of this package. */
export function defaultWeightsPath(): string {
  return dataPath('ner', 'weights.json.gz');
}
