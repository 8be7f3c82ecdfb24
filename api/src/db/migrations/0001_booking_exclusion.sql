-- Two confirmed bookings of one client may never overlap, buffers included (SECURITY.md D2, D3).
-- Drizzle cannot express exclusion constraints, hence this hand-written migration.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_no_overlap" EXCLUDE USING gist (
  "client_id" WITH =,
  tstzrange("blocked_from", "blocked_until", '[)') WITH &&
) WHERE ("status" = 'confirmed');
