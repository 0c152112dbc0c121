// Query fields every Circle listing shares: the date range, cursor paging and order.
import { z } from 'zod';

const dateTime = z.iso.datetime({ offset: true });

export const dateRangeFields = { from: dateTime.optional(), to: dateTime.optional() };

export const pageFields = {
  pageBefore: z.string().min(1).max(100).optional(),
  pageAfter: z.string().min(1).max(100).optional(),
  // Above Circle's maximum the collection limit applies, as its docs say.
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .transform((size) => Math.min(size, 50))
    .default(10),
};

export const orderField = { order: z.enum(['ASC', 'DESC']).default('DESC') };

export const queryBoolean = z.enum(['true', 'false']);
