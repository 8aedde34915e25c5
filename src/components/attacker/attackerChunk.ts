// The attacker view's parts that load on demand, as one chunk: the choices (when the picker first
// opens), and, once a position is picked, its summary, its legend line and the diagram's marks.
// One chunk, not four: each dynamic entry would split the modules they share into more files.
export { AttackerChoices } from './AttackerChoices';
export { AttackerLegendLine } from './AttackerLegendLine';
export { AttackerSummary } from './AttackerSummary';
export { exploits } from '../../model/exposureMarks';
