/** A knowledge file that can't be used. The message always names the file and the field, so a broken build says where to look. */
export class KnowledgeError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: ${field}: ${detail}`);
    this.name = "KnowledgeError";
  }
}
