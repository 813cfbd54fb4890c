/**
 * `npm run start:publishing`: the publishing service in production, as the systemd unit
 * runs it (deploy/systemd/wsd-publishing.service). NODE_ENV defaults to production, where
 * the service refuses missing or example secrets.
 */
process.env.NODE_ENV ||= 'production';
await import('@wsd/publishing/cli');
