CREATE TABLE "email_replies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid,
	"thread_key" text NOT NULL,
	"sender_email" text NOT NULL,
	"kind" text NOT NULL,
	"dedupe_key" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "email_threads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"thread_key" text NOT NULL,
	"request_id" uuid,
	"language" text NOT NULL,
	"subject" text NOT NULL,
	"contact_emails" text[] NOT NULL,
	"message_ids" text[] NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"follow_ups_sent" integer DEFAULT 0 NOT NULL,
	"last_activity_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inbound_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" text NOT NULL,
	"raw_message" text NOT NULL,
	"envelope_from" text,
	"remote_ip" text,
	"helo" text,
	"status" text DEFAULT 'received' NOT NULL,
	"outcome" text,
	"client_id" uuid,
	"received_at" timestamp with time zone NOT NULL,
	"processed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "email_replies" ADD CONSTRAINT "email_replies_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_threads" ADD CONSTRAINT "email_threads_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_threads" ADD CONSTRAINT "email_threads_request_id_scheduling_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."scheduling_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_messages" ADD CONSTRAINT "inbound_messages_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "email_replies_dedupe_key_index" ON "email_replies" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "email_replies_thread_key_created_at_index" ON "email_replies" USING btree ("thread_key","created_at");--> statement-breakpoint
CREATE INDEX "email_replies_client_id_created_at_index" ON "email_replies" USING btree ("client_id","created_at");--> statement-breakpoint
CREATE INDEX "email_replies_sender_email_kind_index" ON "email_replies" USING btree ("sender_email","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "email_threads_client_id_thread_key_index" ON "email_threads" USING btree ("client_id","thread_key");--> statement-breakpoint
CREATE INDEX "email_threads_thread_key_index" ON "email_threads" USING btree ("thread_key");--> statement-breakpoint
CREATE INDEX "inbound_messages_status_received_at_index" ON "inbound_messages" USING btree ("status","received_at");