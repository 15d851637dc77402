export interface LiveRegionProps {
  message: string;
  'data-testid'?: string;
}

/** A polite, visually hidden status region: what a screen reader should hear after an action. */
export function LiveRegion({ message, ...rest }: LiveRegionProps) {
  return (
    <div className="hs-visually-hidden" role="status" aria-live="polite" aria-atomic="true" {...rest}>
      {message}
    </div>
  );
}
