/**
 * English UI strings: the complete set, and the last step of every fallback
 * chain. `{name}` marks a value filled in at render time; translations keep
 * the placeholder and move it wherever their grammar needs it.
 */
export default {
  /** Before the list of agencies: "With reporting by Reuters, Interfax, and TASS". */
  reportingBy: 'With reporting by {list}',
  /** The publisher credit; `{publisher}` is the publisher's name (a link when it has a URL). */
  publishedBy: 'Published by {publisher}',
  /** Before the authors' names; `{authors}` is the list. */
  byline: 'By {authors}',
  breaking: 'Breaking News',
  developing: 'Developing',
  live: 'Live',
  update: 'Update',
  updated: 'Updated',
  dismiss: 'Dismiss',
  photoCredit: 'Photo:',
  loading: 'Loading',
  noStories: 'No stories yet',
};
