import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Diagnostic, SourcePoint } from '../types.js';

/** The `source` every amendiff message carries. */
export const messageSource = 'amendiff';

/**
 * Report a warning on a file at a point, in the house form.
 * @param file the file the problem is in
 * @param reason one sentence: what was expected and what was found
 * @param place where it starts (line and column), or undefined for the whole file
 * @param ruleId the stable kebab-case rule
 * @returns the message
 */
export function warn(file: VFile, reason: string, place: SourcePoint | undefined, ruleId: string): VFileMessage {
  return file.message(reason, { place, ruleId, source: messageSource });
}

/**
 * Report an error (fatal message) without throwing.
 * @param file the file the problem is in
 * @param reason one sentence: what was expected and what was found
 * @param place where it starts, or undefined for the whole file
 * @param ruleId the stable kebab-case rule
 * @returns the message
 */
export function error(file: VFile, reason: string, place: SourcePoint | undefined, ruleId: string): VFileMessage {
  const message = file.message(reason, { place, ruleId, source: messageSource });
  message.fatal = true;
  return message;
}

/**
 * Convert a VFile message to the JSON shape `{file, line, column, reason, ruleId, fatal}`.
 * @param message the message
 * @returns plain data
 */
export function toDiagnostic(message: VFileMessage): Diagnostic {
  return {
    file: message.file ?? '',
    line: message.line ?? null,
    column: message.column ?? null,
    reason: message.reason,
    ruleId: message.ruleId ?? null,
    fatal: message.fatal ?? null,
  };
}

/**
 * All messages of some files as JSON diagnostics, in file order.
 * @param files the files
 * @returns their diagnostics
 */
export function diagnosticsOf(files: VFile[]): Diagnostic[] {
  return files.flatMap((file) => file.messages.map(toDiagnostic));
}
