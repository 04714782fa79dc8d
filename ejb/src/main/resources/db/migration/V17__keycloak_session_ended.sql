-- Keycloak's back-channel logout reaches one server of a cluster; the portal sessions of that
-- Keycloak session may live on another (issue 16). The end is written here, where every server
-- looks; kept a day, as long as a portal session can live.
create table keycloak_session_ended (
  keycloak_session varchar(200) not null primary key,
  ended_at         timestamp(6) with time zone not null
);
create index keycloak_session_ended_at_idx on keycloak_session_ended (ended_at);
