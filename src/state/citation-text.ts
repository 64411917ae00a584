/**
 * How a publication's title reads in every list (sourcing panel, tour, exported source list): a headline in
 * quotation marks, a description of an item whose headline is not on record in square brackets, so that a
 * reader never takes a description for a headline.
 */
export function publicationTitleText(title: string, titleIsDescription: boolean | undefined): string {
  return titleIsDescription ? `[${title}]` : `“${title}”`;
}
