import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'hocso:isPublic';

/** Opens an operation to callers without a token; everything else needs one (deny by default). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
