/** The size covers are drawn at (16:9): set on the image so the page keeps its box before the file arrives. */
export const COVER_WIDTH = 640;
export const COVER_HEIGHT = 360;

export interface CourseCoverProps {
  /** What the image shows, for those who do not see it. */
  alt: string;
  url: string | null | undefined;
  className: string;
  /** The course page's cover is in the first screen: it loads at once; cards load as they scroll in. */
  eager?: boolean;
}

/** A course's cover image, or a neutral placeholder of the same size when the course has none. */
export function CourseCover({ alt, url, className, eager = false }: CourseCoverProps) {
  if (!url) return <div className={`${className} hs-course-cover--placeholder`} aria-hidden="true" data-testid="course-cover-placeholder" />;
  return (
    <img
      className={className}
      src={url}
      alt={alt}
      width={COVER_WIDTH}
      height={COVER_HEIGHT}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
      data-testid="course-cover"
    />
  );
}
