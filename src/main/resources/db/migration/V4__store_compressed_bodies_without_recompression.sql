-- The bodies arrive gzip-compressed from the service: keep them out of line without a second (pglz) compression
-- attempt by the server, which shares the machine's cores with the service.
alter table assessment alter column request_raw set storage external;
alter table assessment alter column request_parsed set storage external;
alter table assessment alter column response_body set storage external;
