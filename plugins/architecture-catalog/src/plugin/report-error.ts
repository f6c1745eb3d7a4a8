/**
 * An error that is a report for a person, not a bug: Docusaurus prints the
 * stack of what a plugin throws, so this one carries its message only, and
 * no frame of the catalog's code distracts from what to fix.
 */
export class ReportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
    this.stack = `${this.name}: ${message}`;
  }
}
