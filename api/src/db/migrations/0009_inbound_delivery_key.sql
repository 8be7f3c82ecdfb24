ALTER TABLE "inbound_messages" ADD COLUMN "delivery_key" text;--> statement-breakpoint
CREATE UNIQUE INDEX "inbound_messages_delivery_key_index" ON "inbound_messages" USING btree ("delivery_key");