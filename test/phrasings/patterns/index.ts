// Every phrasing family, each in its own file.
import type { Pattern } from '../frame.js';
import { responseUnderQuestion } from './response-under-question.js';
import { subjectReplaced } from './subject-replaced.js';
import { leadInNumbered } from './lead-in-numbered.js';
import { leadInGerund } from './lead-in-gerund.js';
import { leadInText } from './lead-in-text.js';
import { itemTitle } from './item-title.js';
import { sectionDashTitle } from './section-dash-title.js';
import { headingWithPart } from './heading-with-part.js';
import { pages } from './pages.js';
import { referBack } from './refer-back.js';
import { sentenceBeginning } from './sentence-beginning.js';
import { paragraphBegins } from './paragraph-begins.js';
import { sentenceExact } from './sentence-exact.js';
import { replacingWords } from './replacing-words.js';
import { deletingWords } from './deleting-words.js';
import { references } from './references.js';
import { insertingWords } from './inserting-words.js';
import { runs } from './runs.js';
import { restateParagraph } from './restate-paragraph.js';
import { restateBody } from './restate-body.js';
import { restateSection } from './restate-section.js';
import { documents } from './documents.js';
import { anchoredInsert } from './anchored-insert.js';
import { supplementedRevised } from './supplemented-revised.js';
import { noSilent } from './no-silent.js';
import { refusedWords } from './refused-words.js';
import { refusedPlaces } from './refused-places.js';

/** The phrasing families, in the order the README lists them. */
export const patterns: Pattern[] = [subjectReplaced, responseUnderQuestion, leadInNumbered, leadInGerund, leadInText, itemTitle, sectionDashTitle, headingWithPart, pages, referBack, sentenceBeginning, paragraphBegins, sentenceExact, replacingWords, deletingWords, references, insertingWords, runs, restateParagraph, restateBody, restateSection, documents, anchoredInsert, supplementedRevised, noSilent, refusedWords, refusedPlaces];
