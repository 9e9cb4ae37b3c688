import { lookupAbbreviation } from './abbreviations.js';
import { isDigit, isLowerCode, isSpace, isUpperCode } from './chars.js';
import { decide } from './decide.js';
import { MAX_WORD, readCluster, readNext, type Cluster } from './reading.js';
import { closeSentence, type Scan } from './scan.js';

/**
 * Read the run of terminators at `i` and end the open sentence there when it is a boundary.
 * @param scan the pass, updated in place
 * @param i the offset of a terminator outside a label
 * @returns the offset to read on from
 */
export function handleTerminator(scan: Scan, i: number): number {
  const { text } = scan;
  const cluster = readCluster(text, i);
  scan.lastEnd = cluster.end;
  if (cluster.kind === 'leadStop') return leadStop(scan, cluster);
  if (cluster.end >= text.length) return cluster.end;
  if (!isSpace(text.charCodeAt(cluster.end))) return internalSplit(scan, cluster);
  if (cluster.kind === 'ellipsis' && i === scan.start) return cluster.end;
  const decision = decide(scan, cluster, readNext(text, cluster.end));
  if (decision.split && cluster.end <= scan.quoteEnd) scan.unsure = true;
  else if (decision.split) closeSentence(scan, cluster.end, decision.unsure);
  else if (decision.unsure) scan.unsure = true;
  return cluster.end;
}

// "compounds. . . . The": the word's own period ends the sentence and the spaced ellipsis opens the next.
function leadStop(scan: Scan, cluster: Cluster): number {
  if (cluster.end >= scan.text.length) return cluster.end;
  const next = readNext(scan.text, cluster.end);
  if (next.kind !== 'upper') return cluster.end;
  if (cluster.end <= scan.quoteEnd) {
    scan.unsure = true;
    return cluster.end;
  }
  scan.lastEnd = cluster.firstEnd;
  closeSentence(scan, cluster.firstEnd, false);
  return cluster.firstEnd;
}

// "world.Today", "1,000.That": a sentence end with no space after it, told from "Jane.Doe@example.com",
// "U.S.A" and "Mr.Smith" by the letters around it and the rest of the word.
function internalSplit(scan: Scan, cluster: Cluster): number {
  const { text } = scan;
  const { start: i, end } = cluster;
  const before = text.charCodeAt(i - 1);
  const after = isUpperCode(text.charCodeAt(end)) && isLowerCode(text.charCodeAt(end + 1));
  if (!after || !(isLowerCode(before) || isDigit(before)) || !isInternalBoundary(scan, cluster)) return end;
  if (end <= scan.quoteEnd) scan.unsure = true;
  else closeSentence(scan, end, false);
  return end;
}

function isInternalBoundary(scan: Scan, cluster: Cluster): boolean {
  if (cluster.closer || (cluster.kind !== 'period' && cluster.kind !== 'question')) return false;
  const { text } = scan;
  const i = cluster.start;
  if (i - scan.wordStart > MAX_WORD) return false;
  const left = text.slice(scan.wordStart, i);
  const segment = left.slice(left.lastIndexOf('.') + 1);
  if (segment.length < 2 || lookupAbbreviation(`${segment}.`)) return false;
  let k = scan.wordStart;
  while (k < text.length && k - scan.wordStart < 2 * MAX_WORD && !isSpace(text.charCodeAt(k))) {
    if ('@/:\\'.includes(text.charAt(k))) return false;
    k += 1;
  }
  return true;
}
