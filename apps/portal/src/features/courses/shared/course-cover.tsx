/** The size covers are drawn at (16:9): set on the image so the page keeps its box before the file arrives. */
export const COVER_WIDTH = 640;
export const COVER_HEIGHT = 360;

export interface CourseCoverProps {
  /** What the image shows, for those who do not see it. */
  alt: string;
  url: string | null | undefined;
  className: string;
  /**
   * Where the image is on its page: `lead` is the largest thing of the first screen (the course page's cover, the
   * catalogue's first card), fetched before anything else the page shows; `first-screen` loads at once; `below`
   * (the default) loads as it scrolls in.
   */
  placement?: CoverPlacement;
}

export type CoverPlacement = 'lead' | 'first-screen' | 'below';

/** The placement of the cover of a list's `index`th card, when the list opens its page (a row holds up to three). */
export function coverPlacementInList(index: number): CoverPlacement {
  if (index === 0) return 'lead';
  return index < 3 ? 'first-screen' : 'below';
}

/** A course's cover image, or a neutral placeholder of the same size when the course has none. */
export function CourseCover({ alt, url, className, placement = 'below' }: CourseCoverProps) {
  if (!url) return <div className={`${className} hs-course-cover--placeholder`} aria-hidden="true" data-testid="course-cover-placeholder" />;
  return (
    <img
      className={className}
      src={url}
      alt={alt}
      width={COVER_WIDTH}
      height={COVER_HEIGHT}
      loading={placement === 'below' ? 'lazy' : 'eager'}
      fetchPriority={placement === 'lead' ? 'high' : 'auto'}
      decoding={placement === 'lead' ? 'auto' : 'async'}
      data-testid="course-cover"
    />
  );
}
