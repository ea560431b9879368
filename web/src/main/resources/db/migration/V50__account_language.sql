-- The language a person last chose on the site (nl or en), so the mail Doorstroom sends them on its own (notices
-- after publishing, a changed declaration) is in their language. Empty until they choose; Dutch then.
alter table app_user add column language text check (language in ('nl', 'en'));
