// LMSGetLastError codes of SCORM 1.2, in plain words for the learner.

const words: Record<string, string> = {
  '101': 'the LMS had an unexpected problem',
  '201': 'the LMS did not accept a value we sent',
  '202': 'the LMS does not allow this value to have children',
  '203': 'the LMS says this value has no count',
  '301': 'the LMS session is not open (it may have timed out)',
  '401': 'the LMS does not support this part of SCORM',
  '402': 'the LMS did not accept a value we sent',
  '403': 'the LMS says this value is read-only',
  '404': 'the LMS says this value is write-only',
  '405': 'the LMS says a value has the wrong format',
};

/** A sentence for the learner about an LMS error code (with the code, for their teacher). */
export function errorText(code: string, lmsText = ''): string {
  const what = words[code] ?? (lmsText.trim() || 'the LMS reported an error');
  return `Your progress was not saved to the LMS yet: ${what} (error ${code || 'unknown'}).`;
}
