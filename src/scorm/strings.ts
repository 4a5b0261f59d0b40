// What the package's player says to the learner about where their answers are
// kept: in this browser, or (when the browser refuses the page its storage, as
// some LMSs' frames do) only in the open page until the LMS has them.

/** Where the answers are, as the start of a sentence. */
export function keptText(memoryOnly: boolean): string {
  return memoryOnly
    ? 'This browser does not let the page keep your answers, so keep this page open until they are saved to your LMS'
    : 'Your answers are kept in this browser';
}

/** The status line when no LMS is found: the normal assignment. */
export function noLmsText(memoryOnly: boolean, solved: number, total: number): string {
  const where = memoryOnly
    ? 'this browser does not let the page keep your answers, so they last only while this page is open'
    : 'your answers stay in this browser only';
  return `No LMS found: this is the normal assignment, and ${where}. ${solved} of ${total} polls answered correctly.`;
}

/** After the LMS refused to start the session. */
export function notStartedText(message: string, memoryOnly: boolean): string {
  return memoryOnly
    ? `${message} Reload this page to connect again; this browser does not let the page keep your answers, so answers given before the reload are lost.`
    : `${message} ${keptText(false)}; reload this page to connect again.`;
}

/** After a save to the LMS failed, with the wait before the next try. */
export function retryText(message: string, memoryOnly: boolean, seconds: number): string {
  return `${message} ${keptText(memoryOnly)}; trying again in ${seconds} seconds.`;
}
