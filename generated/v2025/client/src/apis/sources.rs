//! Operations tagged `Sources`.
//!
//! Use this API to implement and customize source functionality.
//! With source functionality in place, organizations can use Identity Security Cloud to connect their various sources and user data sets and manage access across all those different sources in a secure, scalable way.
//!
//! [Sources](https://documentation.sailpoint.com/saas/help/sources/index.html) refer to the Identity Security Cloud representations for external applications, databases, and directory management systems that maintain their own sets of users, like Dropbox, GitHub, and Workday, for example.
//! Organizations may use hundreds, if not thousands, of different source systems, and any one employee within an organization likely has a different user record on each source, often with different permissions on many of those records.
//! Connecting these sources to Identity Security Cloud makes it possible to manage user access across them all.
//! Then, if a new hire starts at an organization, Identity Security Cloud can grant the new hire access to all the sources they need.
//! If an employee moves to a new department and needs access to new sources but no longer needs access to others, Identity Security Cloud can grant the necessary access and revoke the unnecessary access for all the employee's various sources.
//! If an employee leaves the company, Identity Security Cloud can revoke access to all the employee's various source accounts immediately.
//! These are just a few examples of the many ways that source functionality makes identity governance easier, more efficient, and more secure.
//!
//! In Identity Security Cloud, administrators can create configure, manage, and edit sources, and they can designate other users as source admins to be able to do so.
//! They can also designate users as source sub-admins, who can perform the same source actions but only on sources associated with their governance groups.
//! Admins go to Connections &gt; Sources to see a list of the existing source representations in their organizations.
//! They can create new sources or select existing ones.
//!
//! To create a new source, the following must be specified: Source Name, Description, Source Owner, and Connection Type.
//! Refer to [Configuring a Source](https://documentation.sailpoint.com/saas/help/accounts/loading_data.html#configuring-a-source) for more information about the source configuration process.
//!
//! Identity Security Cloud connects with its sources either by a direct communication with the source server (connection information specific to the source must be provided) or a flat file feed, a CSV file containing all the relevant information about the accounts to be loaded in.
//! Different sources use different connectors to share data with Identity Security Cloud, and each connector's setup process is specific to that connector.
//! SailPoint has built a number of connectors to come out of the box and connect to the most common sources, and SailPoint actively maintains these connectors.
//! Refer to [Identity Security Cloud Connectors](https://documentation.sailpoint.com/connectors/identitynow/landingpages/help/landingpages/identitynow_connectivity_landing.html) for more information about these SailPoint supported connectors.
//! Refer to the following links for more information about two useful connectors:
//!
//! - [JDBC Connector](https://documentation.sailpoint.com/connectors/jdbc/help/integrating_jdbc/introduction.html): This customizable connector an directly connect to databases that support JDBC (Java Database Connectivity).
//!
//! - [Web Services Connector](https://documentation.sailpoint.com/connectors/webservices/help/integrating_webservices/introduction.html): This connector can directly connect to databases that support Web Services.
//!
//! Refer to [SaaS Connectivity](https://developer.sailpoint.com/docs/connectivity/saas-connectivity/) for more information about SailPoint's new connectivity framework that makes it easy to build and manage custom connectors to SaaS sources.
//!
//! When admins select existing sources, they can view the following information about the source:
//!
//! - Associated connections (any associated identity profiles, apps, or references to the source in a transform).
//!
//! - Associated user accounts. These accounts are linked to their identities - this provides a more complete picture of each user's access across sources.
//!
//! - Associated entitlements (sets of access rights on sources).
//!
//! - Associated access profiles (groupings of entitlements).
//!
//! The user account data and the entitlements update with each data aggregation from the source.
//! Organizations generally run scheduled, automated data aggregations to ensure that their data is always in sync between their sources and their Identity Security Cloud tenants so an access change on a source is detected quickly in Identity Security Cloud.
//! Admins can view a history of these aggregations, and they can also run manual imports.
//! Refer to [Loading Account Data](https://documentation.sailpoint.com/saas/help/accounts/loading_data.html) for more information about manual and scheduled aggregations.
//!
//! Admins can also make changes to determine which user account data Identity Security Cloud collects from the source and how it correlates that account data with identity data.
//! To define which account attributes the source shares with Identity Security Cloud, admins can edit the account schema on the source.
//! Refer to [Managing Source Account Schemas](https://documentation.sailpoint.com/saas/help/accounts/schema.html) for more information about source account schemas and how to edit them.
//! To define the mapping between the source account attributes and their correlating identity attributes, admins can edit the correlation configuration on the source.
//! Refer to [Assigning Source Accounts to Identities](https://documentation.sailpoint.com/saas/help/accounts/correlation.html) for more information about this correlation process between source accounts and identities.
//!
//! Admins can also delete sources, but they must first ensure that the sources no longer have any active connections: the source must not be associated with any identity profile or any app, and it must not be referenced by any transform.
//! Refer to [Deleting Sources](https://documentation.sailpoint.com/saas/help/sources/index.html#deleting-sources) for more information about deleting sources.
//!
//! Well organized, mapped out connections between sources and Identity Security Cloud are essential to achieving comprehensive identity access governance across all the source systems organizations need.
//! Refer to [Managing Sources](https://documentation.sailpoint.com/saas/help/sources/index.html) for more information about all the different things admins can do with sources once they are connected.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Sources`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct SourcesApi {
    client: crate::Client,
}
impl SourcesApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        SourcesApi { client }
    }
    /// Create provisioning policy
    ///
    /// This API generates a create policy/template based on field value transforms. This API is intended for use when setting up JDBC Provisioning type sources, but it will also work on other source types.
    /// Transforms can be used in the provisioning policy to create a new attribute that you only need during provisioning.
    /// Refer to [Transforms in Provisioning Policies](https://developer.sailpoint.com/docs/extensibility/transforms/guides/transforms-in-provisioning-policies) for more information.
    ///
    /// `POST /sources/{sourceId}/provisioning-policies` (operation `createProvisioningPolicy`).
    ///
    /// Arguments:
    ///
    /// - `source_id`: The Source id Example: `"2c9180835d191a86015d28455b4a2329"`.
    /// - `body`: The request body (`application/json`).
    pub fn create_provisioning_policy(
        &self,
        source_id: impl Into<String>,
        body: models::ProvisioningPolicy,
    ) -> CreateProvisioningPolicy {
        CreateProvisioningPolicy {
            client: self.client.clone(),
            source_id: source_id.into(),
            body,
        }
    }
    /// Creates a source in identitynow.
    ///
    /// This creates a specific source with a full source JSON representation. Any passwords are submitted as plain-text and encrypted upon receipt in IdentityNow.
    ///
    /// `POST /sources` (operation `createSource`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn create_source(&self, body: models::Source) -> CreateSource {
        CreateSource {
            client: self.client.clone(),
            provision_as_csv: None,
            body,
        }
    }
    /// Create schedule on source
    ///
    /// Use this API to create a new schedule for a type on the specified source in Identity Security Cloud (ISC).
    ///
    /// `POST /sources/{sourceId}/schedules` (operation `createSourceSchedule`).
    ///
    /// Arguments:
    ///
    /// - `source_id`: Source ID. Example: `"2c9180835d191a86015d28455b4a2329"`.
    /// - `body`: The request body (`application/json`).
    pub fn create_source_schedule(
        &self,
        source_id: impl Into<String>,
        body: models::SourceSchedule,
    ) -> CreateSourceSchedule {
        CreateSourceSchedule {
            client: self.client.clone(),
            source_id: source_id.into(),
            body,
        }
    }
    /// Create schema on source
    ///
    /// Use this API to create a new schema on the specified source in Identity Security Cloud (ISC).
    ///
    /// `POST /sources/{sourceId}/schemas` (operation `createSourceSchema`).
    ///
    /// Arguments:
    ///
    /// - `source_id`: Source ID. Example: `"2c9180835d191a86015d28455b4a2329"`.
    /// - `body`: The request body (`application/json`).
    pub fn create_source_schema(
        &self,
        source_id: impl Into<String>,
        body: models::Schema,
    ) -> CreateSourceSchema {
        CreateSourceSchema {
            client: self.client.clone(),
            source_id: source_id.into(),
            body,
        }
    }
    /// Remove all accounts in source
    ///
    /// Use this endpoint to remove all accounts from the system without provisioning changes to the source. Accounts that are removed could be re-created during the next aggregation.
    ///
    /// This endpoint is good for:
    /// * Removing accounts that no longer exist on the source.
    /// * Removing accounts that won't be aggregated following updates to the source configuration.
    /// * Forcing accounts to be re-created following the next aggregation to re-run account processing, support testing, etc.
    ///
    /// `POST /sources/{id}/remove-accounts` (operation `deleteAccountsAsync`).
    ///
    /// Arguments:
    ///
    /// - `id`: The source id Example: `"ebbf35756e1140699ce52b233121384a"`.
    pub fn delete_accounts_async(&self, id: impl Into<String>) -> DeleteAccountsAsync {
        DeleteAccountsAsync {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Delete native change detection configuration
    ///
    /// Deletes the native change detection configuration for the source specified by the given ID.
    ///
    /// `DELETE /sources/{id}/native-change-detection-config` (operation `deleteNativeChangeDetectionConfig`).
    ///
    /// Arguments:
    ///
    /// - `id`: The source id Example: `"2c9180835d191a86015d28455b4a2329"`.
    pub fn delete_native_change_detection_config(
        &self,
        id: impl Into<String>,
    ) -> DeleteNativeChangeDetectionConfig {
        DeleteNativeChangeDetectionConfig {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Delete provisioning policy by usagetype
    ///
    /// Deletes the provisioning policy with the specified usage on an application.
    ///
    /// `DELETE /sources/{sourceId}/provisioning-policies/{usageType}` (operation `deleteProvisioningPolicy`).
    ///
    /// Arguments:
    ///
    /// - `source_id`: The Source ID. Example: `"2c9180835d191a86015d28455b4a2329"`.
    /// - `usage_type`: The type of provisioning policy usage. In IdentityNow, a source can support various provisioning operations. For example, when a joiner is added to a source, this may trigger both CREATE and UPDATE provisioning operations. Each usage type is considered a provisioning policy. A source can have any number of these provisioning policies defined. These are the common usage types: CREATE - This usage type relates to 'Create Account Profile', the provisioning template for the account to be created. For example, this would be used for a joiner on a source. UPDATE - This usage type relates to 'Update Account Profile', the provisioning template for the 'Update' connector operations. For example, this would be used for an attribute sync on a source. ENABLE - This usage type relates to 'Enable Account Profile', the provisioning template for the account to be enabled. For example, this could be used for a joiner on a source once the joiner's account is created. DISABLE - This usage type relates to 'Disable Account Profile', the provisioning template for the account to be disabled. For example, this could be used when a leaver is removed temporarily from a source. You can use these four usage types for all your provisioning policy needs. Example: `"CREATE"`.
    pub fn delete_provisioning_policy(
        &self,
        source_id: impl Into<String>,
        usage_type: models::UsageType,
    ) -> DeleteProvisioningPolicy {
        DeleteProvisioningPolicy {
            client: self.client.clone(),
            source_id: source_id.into(),
            usage_type,
        }
    }
    /// Delete source by id
    ///
    /// Use this API to delete a specific source in Identity Security Cloud (ISC).
    /// The API removes all the accounts on the source first, and then it deletes the source. You can retrieve the actual task execution status with this method: GET `/task-status/{id}`
    ///
    /// `DELETE /sources/{id}` (operation `deleteSource`).
    ///
    /// Arguments:
    ///
    /// - `id`: Source ID. Example: `"2c9180835d191a86015d28455b4a2329"`.
    pub fn delete_source(&self, id: impl Into<String>) -> DeleteSource {
        DeleteSource {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Delete source schedule by type.
    ///
    /// `DELETE /sources/{sourceId}/schedules/{scheduleType}` (operation `deleteSourceSchedule`).
    ///
    /// Arguments:
    ///
    /// - `source_id`: The Source id. Example: `"2c9180835d191a86015d28455b4a2329"`.
    /// - `schedule_type`: The Schedule type. Example: `"ACCOUNT_AGGREGATION"`.
    pub fn delete_source_schedule(
        &self,
        source_id: impl Into<String>,
        schedule_type: models::DeleteSourceScheduleScheduleType,
    ) -> DeleteSourceSchedule {
        DeleteSourceSchedule {
            client: self.client.clone(),
            source_id: source_id.into(),
            schedule_type,
        }
    }
    /// Delete source schema by id
    ///
    /// `DELETE /sources/{sourceId}/schemas/{schemaId}` (operation `deleteSourceSchema`).
    ///
    /// Arguments:
    ///
    /// - `source_id`: The Source id. Example: `"2c9180835d191a86015d28455b4a2329"`.
    /// - `schema_id`: The Schema id. Example: `"2c9180835d191a86015d28455b4a2329"`.
    pub fn delete_source_schema(
        &self,
        source_id: impl Into<String>,
        schema_id: impl Into<String>,
    ) -> DeleteSourceSchema {
        DeleteSourceSchema {
            client: self.client.clone(),
            source_id: source_id.into(),
            schema_id: schema_id.into(),
        }
    }
    /// Downloads source accounts schema template
    ///
    /// This API downloads the CSV schema that defines the account attributes on a source.
    /// >**NOTE: This API is designated only for Delimited File sources.**
    ///
    /// `GET /sources/{id}/schemas/accounts` (operation `getAccountsSchema`).
    ///
    /// Arguments:
    ///
    /// - `id`: The Source id Example: `"8c190e6787aa4ed9a90bd9d5344523fb"`.
    pub fn get_accounts_schema(&self, id: impl Into<String>) -> GetAccountsSchema {
        GetAccountsSchema {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get source correlation configuration
    ///
    /// This API returns the existing correlation configuration for a source specified by the given ID.
    ///
    /// `GET /sources/{id}/correlation-config` (operation `getCorrelationConfig`).
    ///
    /// Arguments:
    ///
    /// - `id`: The source id Example: `"2c9180835d191a86015d28455b4a2329"`.
    pub fn get_correlation_config(&self, id: impl Into<String>) -> GetCorrelationConfig {
        GetCorrelationConfig {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Downloads source entitlements schema template
    ///
    /// This API downloads the CSV schema that defines the entitlement attributes on a source.
    ///
    /// >**NOTE: This API is designated only for Delimited File sources.**
    ///
    /// `GET /sources/{id}/schemas/entitlements` (operation `getEntitlementsSchema`).
    ///
    /// Arguments:
    ///
    /// - `id`: The Source id Example: `"8c190e6787aa4ed9a90bd9d5344523fb"`.
    pub fn get_entitlements_schema(
        &self,
        id: impl Into<String>,
    ) -> GetEntitlementsSchema {
        GetEntitlementsSchema {
            client: self.client.clone(),
            id: id.into(),
            schema_name: None,
        }
    }
    /// Native change detection configuration
    ///
    /// This API returns the existing native change detection configuration for a source specified by the given ID.
    ///
    /// `GET /sources/{id}/native-change-detection-config` (operation `getNativeChangeDetectionConfig`).
    ///
    /// Arguments:
    ///
    /// - `id`: The source id Example: `"2c9180835d191a86015d28455b4a2329"`.
    pub fn get_native_change_detection_config(
        &self,
        id: impl Into<String>,
    ) -> GetNativeChangeDetectionConfig {
        GetNativeChangeDetectionConfig {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get provisioning policy by usagetype
    ///
    /// This end-point retrieves the ProvisioningPolicy with the specified usage on the specified Source in IdentityNow.
    ///
    /// `GET /sources/{sourceId}/provisioning-policies/{usageType}` (operation `getProvisioningPolicy`).
    ///
    /// Arguments:
    ///
    /// - `source_id`: The Source ID. Example: `"2c9180835d191a86015d28455b4a2329"`.
    /// - `usage_type`: The type of provisioning policy usage. In IdentityNow, a source can support various provisioning operations. For example, when a joiner is added to a source, this may trigger both CREATE and UPDATE provisioning operations. Each usage type is considered a provisioning policy. A source can have any number of these provisioning policies defined. These are the common usage types: CREATE - This usage type relates to 'Create Account Profile', the provisioning template for the account to be created. For example, this would be used for a joiner on a source. UPDATE - This usage type relates to 'Update Account Profile', the provisioning template for the 'Update' connector operations. For example, this would be used for an attribute sync on a source. ENABLE - This usage type relates to 'Enable Account Profile', the provisioning template for the account to be enabled. For example, this could be used for a joiner on a source once the joiner's account is created. DISABLE - This usage type relates to 'Disable Account Profile', the provisioning template for the account to be disabled. For example, this could be used when a leaver is removed temporarily from a source. You can use these four usage types for all your provisioning policy needs. Example: `"CREATE"`.
    pub fn get_provisioning_policy(
        &self,
        source_id: impl Into<String>,
        usage_type: models::UsageType,
    ) -> GetProvisioningPolicy {
        GetProvisioningPolicy {
            client: self.client.clone(),
            source_id: source_id.into(),
            usage_type,
        }
    }
    /// Get source by id
    ///
    /// Use this API to get a source by a specified ID in Identity Security Cloud (ISC).
    ///
    /// `GET /sources/{id}` (operation `getSource`).
    ///
    /// Arguments:
    ///
    /// - `id`: Source ID. Example: `"2c9180835d191a86015d28455b4a2329"`.
    pub fn get_source(&self, id: impl Into<String>) -> GetSource {
        GetSource {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Attribute sync config
    ///
    /// This API returns the existing attribute synchronization configuration for a source specified by the given ID. The response contains all attributes, regardless of whether they enabled or not.
    ///
    /// `GET /sources/{id}/attribute-sync-config` (operation `getSourceAttrSyncConfig`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `id`: The source id Example: `"2c9180835d191a86015d28455b4a2329"`.
    pub fn get_source_attr_sync_config(
        &self,
        id: impl Into<String>,
    ) -> GetSourceAttrSyncConfig {
        GetSourceAttrSyncConfig {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Gets source config with language-translations
    ///
    /// Looks up and returns the source config for the requested source id after populating the source config values and applying language translations.
    ///
    /// `GET /sources/{id}/connectors/source-config` (operation `getSourceConfig`).
    ///
    /// Arguments:
    ///
    /// - `id`: The Source id Example: `"cef3ee201db947c5912551015ba0c679"`.
    pub fn get_source_config(&self, id: impl Into<String>) -> GetSourceConfig {
        GetSourceConfig {
            client: self.client.clone(),
            id: id.into(),
            locale: None,
        }
    }
    /// Get source connections by id
    ///
    /// Use this API to get all dependent Profiles, Attributes, Applications and Custom Transforms for a source by a specified ID in Identity Security Cloud (ISC).
    ///
    /// `GET /sources/{sourceId}/connections` (operation `getSourceConnections`).
    ///
    /// Arguments:
    ///
    /// - `source_id`: Source ID. Example: `"2c9180835d191a86015d28455b4a2329"`.
    pub fn get_source_connections(
        &self,
        source_id: impl Into<String>,
    ) -> GetSourceConnections {
        GetSourceConnections {
            client: self.client.clone(),
            source_id: source_id.into(),
        }
    }
    /// Get source entitlement request configuration
    ///
    /// This API gets the current entitlement request configuration for a source. This source-level configuration should apply for all the entitlements in the source.
    ///
    /// Access request to any entitlements in the source should follow this configuration unless a separate entitlement-level configuration is defined.
    /// - During access request, this source-level entitlement request configuration overrides the global organization-level configuration.
    /// - However, the entitlement-level configuration (if defined) overrides this source-level configuration.
    ///
    /// `GET /sources/{id}/entitlement-request-config` (operation `getSourceEntitlementRequestConfig`).
    ///
    /// Arguments:
    ///
    /// - `id`: The Source id Example: `"8c190e6787aa4ed9a90bd9d5344523fb"`.
    pub fn get_source_entitlement_request_config(
        &self,
        id: impl Into<String>,
    ) -> GetSourceEntitlementRequestConfig {
        GetSourceEntitlementRequestConfig {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Fetches source health by id
    ///
    /// This endpoint fetches source health by source's id
    ///
    /// `GET /sources/{sourceId}/source-health` (operation `getSourceHealth`).
    ///
    /// Arguments:
    ///
    /// - `source_id`: The Source id. Example: `"2c9180835d191a86015d28455b4a2329"`.
    pub fn get_source_health(&self, source_id: impl Into<String>) -> GetSourceHealth {
        GetSourceHealth {
            client: self.client.clone(),
            source_id: source_id.into(),
        }
    }
    /// Get source schedule by type
    ///
    /// Get the source schedule by type in Identity Security Cloud (ISC).
    ///
    /// `GET /sources/{sourceId}/schedules/{scheduleType}` (operation `getSourceSchedule`).
    ///
    /// Arguments:
    ///
    /// - `source_id`: The Source id. Example: `"2c9180835d191a86015d28455b4a2329"`.
    /// - `schedule_type`: The Schedule type. Example: `"ACCOUNT_AGGREGATION"`.
    pub fn get_source_schedule(
        &self,
        source_id: impl Into<String>,
        schedule_type: models::GetSourceScheduleScheduleType,
    ) -> GetSourceSchedule {
        GetSourceSchedule {
            client: self.client.clone(),
            source_id: source_id.into(),
            schedule_type,
        }
    }
    /// List schedules on source
    ///
    /// Use this API to list the schedules that exist on the specified source in Identity Security Cloud (ISC).
    /// :::info
    /// This endpoint uses a **cron expression** to schedule a task, following standard **cron job syntax**.
    ///
    /// For example, `0 0 12 1/1 * ? *` runs the task **daily at 12:00 PM**.
    ///
    /// **Days of the week are represented as 1-7 (Sunday-Saturday).**
    /// :::
    ///
    /// `GET /sources/{sourceId}/schedules` (operation `getSourceSchedules`).
    ///
    /// Arguments:
    ///
    /// - `source_id`: Source ID. Example: `"2c9180835d191a86015d28455b4a2329"`.
    pub fn get_source_schedules(
        &self,
        source_id: impl Into<String>,
    ) -> GetSourceSchedules {
        GetSourceSchedules {
            client: self.client.clone(),
            source_id: source_id.into(),
        }
    }
    /// Get source schema by id
    ///
    /// Get the Source Schema by ID in IdentityNow.
    ///
    /// `GET /sources/{sourceId}/schemas/{schemaId}` (operation `getSourceSchema`).
    ///
    /// Arguments:
    ///
    /// - `source_id`: The Source id. Example: `"2c9180835d191a86015d28455b4a2329"`.
    /// - `schema_id`: The Schema id. Example: `"2c9180835d191a86015d28455b4a2329"`.
    pub fn get_source_schema(
        &self,
        source_id: impl Into<String>,
        schema_id: impl Into<String>,
    ) -> GetSourceSchema {
        GetSourceSchema {
            client: self.client.clone(),
            source_id: source_id.into(),
            schema_id: schema_id.into(),
        }
    }
    /// List schemas on source
    ///
    /// Use this API to list the schemas that exist on the specified source in Identity Security Cloud (ISC).
    ///
    /// `GET /sources/{sourceId}/schemas` (operation `getSourceSchemas`).
    ///
    /// Arguments:
    ///
    /// - `source_id`: Source ID. Example: `"2c9180835d191a86015d28455b4a2329"`.
    pub fn get_source_schemas(&self, source_id: impl Into<String>) -> GetSourceSchemas {
        GetSourceSchemas {
            client: self.client.clone(),
            source_id: source_id.into(),
            include_types: None,
            include_names: None,
        }
    }
    /// Account aggregation
    ///
    /// Starts an account aggregation on the specified source.
    /// If the target source is a delimited file source, then the CSV file needs to be included in the request body.
    /// You will also need to set the Content-Type header to `multipart/form-data`.
    ///
    /// `POST /sources/{id}/load-accounts` (operation `importAccounts`).
    ///
    /// Arguments:
    ///
    /// - `id`: Source Id Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn import_accounts(&self, id: impl Into<String>) -> ImportAccounts {
        ImportAccounts {
            client: self.client.clone(),
            id: id.into(),
            body: None,
        }
    }
    /// Uploads source accounts schema template
    ///
    /// This API uploads a source schema template file to configure a source's account attributes.
    ///
    /// To retrieve the file to modify and upload, log into Identity Now.
    ///
    /// Click **Admin** -&gt; **Connections** -&gt; **Sources** -&gt; **`{SourceName}`** -&gt; **Import Data** -&gt; **Account Schema** -&gt; **Options** -&gt; **Download Schema**
    ///
    /// >**NOTE: This API is designated only for Delimited File sources.**
    ///
    /// `POST /sources/{id}/schemas/accounts` (operation `importAccountsSchema`).
    ///
    /// Arguments:
    ///
    /// - `id`: The Source id Example: `"8c190e6787aa4ed9a90bd9d5344523fb"`.
    /// - `body`: The request body (`multipart/form-data`).
    pub fn import_accounts_schema(
        &self,
        id: impl Into<String>,
        body: models::ImportAccountsSchemaRequest,
    ) -> ImportAccountsSchema {
        ImportAccountsSchema {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
    /// Upload connector file to source
    ///
    /// This uploads a supplemental source connector file (like jdbc driver jars) to a source's S3 bucket. This also sends ETS and Audit events.
    ///
    /// `POST /sources/{sourceId}/upload-connector-file` (operation `importConnectorFile`).
    ///
    /// Arguments:
    ///
    /// - `source_id`: The Source id. Example: `"2c9180835d191a86015d28455b4a2329"`.
    /// - `body`: The request body (`multipart/form-data`).
    pub fn import_connector_file(
        &self,
        source_id: impl Into<String>,
        body: models::ImportConnectorFileRequest,
    ) -> ImportConnectorFile {
        ImportConnectorFile {
            client: self.client.clone(),
            source_id: source_id.into(),
            body,
        }
    }
    /// Entitlement aggregation
    ///
    /// Starts an entitlement aggregation on the specified source.
    /// If the target source is a delimited file source, then the CSV file needs to be included in the request body.
    /// You will also need to set the Content-Type header to `multipart/form-data`.
    /// A token with ORG_ADMIN, SOURCE_ADMIN, or SOURCE_SUBADMIN authority is required to call this API.
    ///
    /// `POST /sources/{sourceId}/load-entitlements` (operation `importEntitlements`).
    ///
    /// Arguments:
    ///
    /// - `source_id`: Source Id Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn import_entitlements(
        &self,
        source_id: impl Into<String>,
    ) -> ImportEntitlements {
        ImportEntitlements {
            client: self.client.clone(),
            source_id: source_id.into(),
            body: None,
        }
    }
    /// Uploads source entitlements schema template
    ///
    /// This API uploads a source schema template file to configure a source's entitlement attributes.
    ///
    /// To retrieve the file to modify and upload, log into Identity Now.
    ///
    /// Click **Admin** -&gt; **Connections** -&gt; **Sources** -&gt; **`{SourceName}`** -&gt; **Import Data** -&gt; **Import Entitlements** -&gt; **Download**
    ///
    /// >**NOTE: This API is designated only for Delimited File sources.**
    ///
    /// `POST /sources/{id}/schemas/entitlements` (operation `importEntitlementsSchema`).
    ///
    /// Arguments:
    ///
    /// - `id`: The Source id Example: `"8c190e6787aa4ed9a90bd9d5344523fb"`.
    /// - `body`: The request body (`multipart/form-data`).
    pub fn import_entitlements_schema(
        &self,
        id: impl Into<String>,
        body: models::ImportEntitlementsSchemaRequest,
    ) -> ImportEntitlementsSchema {
        ImportEntitlementsSchema {
            client: self.client.clone(),
            id: id.into(),
            schema_name: None,
            body,
        }
    }
    /// Process uncorrelated accounts
    ///
    /// File is required for upload. You will also need to set the Content-Type header to `multipart/form-data`
    ///
    /// `POST /sources/{id}/load-uncorrelated-accounts` (operation `importUncorrelatedAccounts`).
    ///
    /// Arguments:
    ///
    /// - `id`: Source Id Example: `"75dbec1ebe154d5785da27b95e1dd5d7"`.
    pub fn import_uncorrelated_accounts(
        &self,
        id: impl Into<String>,
    ) -> ImportUncorrelatedAccounts {
        ImportUncorrelatedAccounts {
            client: self.client.clone(),
            id: id.into(),
            body: None,
        }
    }
    /// Get Password Policy for source
    ///
    /// This API can be used to get Password Policy in IdentityNow for the specified Source.
    /// Source must support PASSWORD feature.
    ///
    /// `GET /sources/{sourceId}/password-policies` (operation `listPasswordPolicyHoldersOnSource`).
    ///
    /// Arguments:
    ///
    /// - `source_id`: The Source id Example: `"8c190e6787aa4ed9a90bd9d5344523fb"`.
    pub fn list_password_policy_holders_on_source(
        &self,
        source_id: impl Into<String>,
    ) -> ListPasswordPolicyHoldersOnSource {
        ListPasswordPolicyHoldersOnSource {
            client: self.client.clone(),
            source_id: source_id.into(),
            offset: None,
            limit: None,
            count: None,
        }
    }
    /// Lists provisioningpolicies
    ///
    /// This end-point lists all the ProvisioningPolicies in IdentityNow.
    ///
    /// `GET /sources/{sourceId}/provisioning-policies` (operation `listProvisioningPolicies`).
    ///
    /// Arguments:
    ///
    /// - `source_id`: The Source id Example: `"2c9180835d191a86015d28455b4a2329"`.
    pub fn list_provisioning_policies(
        &self,
        source_id: impl Into<String>,
    ) -> ListProvisioningPolicies {
        ListProvisioningPolicies {
            client: self.client.clone(),
            source_id: source_id.into(),
        }
    }
    /// Lists all sources in identitynow.
    ///
    /// This end-point lists all the sources in IdentityNow.
    ///
    /// `GET /sources` (operation `listSources`).
    pub fn list_sources(&self) -> ListSources {
        ListSources {
            client: self.client.clone(),
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
            for_subadmin: None,
            include_idn_source: None,
        }
    }
    /// Ping cluster for source connector
    ///
    /// This endpoint validates that the cluster being used by the source is reachable from IdentityNow.
    ///
    /// `POST /sources/{sourceId}/connector/ping-cluster` (operation `pingCluster`).
    ///
    /// Arguments:
    ///
    /// - `source_id`: The ID of the Source Example: `"cef3ee201db947c5912551015ba0c679"`.
    pub fn ping_cluster(&self, source_id: impl Into<String>) -> PingCluster {
        PingCluster {
            client: self.client.clone(),
            source_id: source_id.into(),
        }
    }
    /// Update source correlation configuration
    ///
    /// Replaces the correlation configuration for the source specified by the given ID with the configuration provided in the request body.
    ///
    /// `PUT /sources/{id}/correlation-config` (operation `putCorrelationConfig`).
    ///
    /// Arguments:
    ///
    /// - `id`: The source id Example: `"2c9180835d191a86015d28455b4a2329"`.
    /// - `body`: The request body (`application/json`).
    pub fn put_correlation_config(
        &self,
        id: impl Into<String>,
        body: models::CorrelationConfig,
    ) -> PutCorrelationConfig {
        PutCorrelationConfig {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
    /// Update native change detection configuration
    ///
    /// Replaces the native change detection configuration for the source specified by the given ID with the configuration provided in the request body.
    ///
    /// `PUT /sources/{id}/native-change-detection-config` (operation `putNativeChangeDetectionConfig`).
    ///
    /// Arguments:
    ///
    /// - `id`: The source id Example: `"2c9180835d191a86015d28455b4a2329"`.
    /// - `body`: The request body (`application/json`).
    pub fn put_native_change_detection_config(
        &self,
        id: impl Into<String>,
        body: models::NativeChangeDetectionConfig,
    ) -> PutNativeChangeDetectionConfig {
        PutNativeChangeDetectionConfig {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
    /// Update provisioning policy by usagetype
    ///
    /// This end-point updates the provisioning policy with the specified usage on the specified source in IdentityNow.
    /// Transforms can be used in the provisioning policy to create a new attribute that you only need during provisioning.
    /// Refer to [Transforms in Provisioning Policies](https://developer.sailpoint.com/docs/extensibility/transforms/guides/transforms-in-provisioning-policies) for more information.
    ///
    /// `PUT /sources/{sourceId}/provisioning-policies/{usageType}` (operation `putProvisioningPolicy`).
    ///
    /// Arguments:
    ///
    /// - `source_id`: The Source ID. Example: `"2c9180835d191a86015d28455b4a2329"`.
    /// - `usage_type`: The type of provisioning policy usage. In IdentityNow, a source can support various provisioning operations. For example, when a joiner is added to a source, this may trigger both CREATE and UPDATE provisioning operations. Each usage type is considered a provisioning policy. A source can have any number of these provisioning policies defined. These are the common usage types: CREATE - This usage type relates to 'Create Account Profile', the provisioning template for the account to be created. For example, this would be used for a joiner on a source. UPDATE - This usage type relates to 'Update Account Profile', the provisioning template for the 'Update' connector operations. For example, this would be used for an attribute sync on a source. ENABLE - This usage type relates to 'Enable Account Profile', the provisioning template for the account to be enabled. For example, this could be used for a joiner on a source once the joiner's account is created. DISABLE - This usage type relates to 'Disable Account Profile', the provisioning template for the account to be disabled. For example, this could be used when a leaver is removed temporarily from a source. You can use these four usage types for all your provisioning policy needs. Example: `"CREATE"`.
    /// - `body`: The request body (`application/json`).
    pub fn put_provisioning_policy(
        &self,
        source_id: impl Into<String>,
        usage_type: models::UsageType,
        body: models::ProvisioningPolicy,
    ) -> PutProvisioningPolicy {
        PutProvisioningPolicy {
            client: self.client.clone(),
            source_id: source_id.into(),
            usage_type,
            body,
        }
    }
    /// Update source (full)
    ///
    /// Use this API to update a source in Identity Security Cloud (ISC), using a full object representation. This means that when you use this API, it completely replaces the existing source configuration.
    ///
    /// These fields are immutable, so they cannot be changed:
    ///
    /// * id
    /// * type
    /// * authoritative
    /// * connector
    /// * connectorClass
    /// * passwordPolicies
    ///
    /// Attempts to modify these fields will result in a 400 error.
    ///
    /// `PUT /sources/{id}` (operation `putSource`).
    ///
    /// Arguments:
    ///
    /// - `id`: Source ID. Example: `"2c9180835d191a86015d28455b4a2329"`.
    /// - `body`: The request body (`application/json`).
    pub fn put_source(&self, id: impl Into<String>, body: models::Source) -> PutSource {
        PutSource {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
    /// Update attribute sync config
    ///
    /// Replaces the attribute synchronization configuration for the source specified by the given ID with the configuration provided in the request body. Only the "enabled" field of the values in the "attributes" array is mutable. Attempting to change other attributes or add new values to the "attributes" array will result in an error.
    ///
    /// `PUT /sources/{id}/attribute-sync-config` (operation `putSourceAttrSyncConfig`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `id`: The source id Example: `"2c9180835d191a86015d28455b4a2329"`.
    /// - `body`: The request body (`application/json`).
    pub fn put_source_attr_sync_config(
        &self,
        id: impl Into<String>,
        body: models::AttrSyncSourceConfig,
    ) -> PutSourceAttrSyncConfig {
        PutSourceAttrSyncConfig {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
    /// Update source schema (full)
    ///
    /// This API will completely replace an existing Schema with the submitted payload. Some fields of the Schema cannot be updated. These fields are listed below.
    ///
    /// * id
    /// * name
    /// * created
    /// * modified
    ///
    /// Any attempt to modify these fields will result in an error response with a status code of 400.
    ///
    /// > `id` must remain in the request body, but it cannot be changed.  If `id` is omitted from the request body, the result will be a 400 error.
    ///
    /// `PUT /sources/{sourceId}/schemas/{schemaId}` (operation `putSourceSchema`).
    ///
    /// Arguments:
    ///
    /// - `source_id`: The Source id. Example: `"2c9180835d191a86015d28455b4a2329"`.
    /// - `schema_id`: The Schema id. Example: `"2c9180835d191a86015d28455b4a2329"`.
    /// - `body`: The request body (`application/json`).
    pub fn put_source_schema(
        &self,
        source_id: impl Into<String>,
        schema_id: impl Into<String>,
        body: models::Schema,
    ) -> PutSourceSchema {
        PutSourceSchema {
            client: self.client.clone(),
            source_id: source_id.into(),
            schema_id: schema_id.into(),
            body,
        }
    }
    /// Peek source connector's resource objects
    ///
    /// Retrieves a sample of data returned from account and group aggregation requests.
    ///
    /// `POST /sources/{sourceId}/connector/peek-resource-objects` (operation `searchResourceObjects`).
    ///
    /// Arguments:
    ///
    /// - `source_id`: The ID of the Source Example: `"cef3ee201db947c5912551015ba0c679"`.
    /// - `body`: The request body (`application/json`).
    pub fn search_resource_objects(
        &self,
        source_id: impl Into<String>,
        body: models::ResourceObjectsRequest,
    ) -> SearchResourceObjects {
        SearchResourceObjects {
            client: self.client.clone(),
            source_id: source_id.into(),
            body,
        }
    }
    /// Synchronize single source attributes.
    ///
    /// This end-point performs attribute synchronization for a selected source.
    ///
    /// `POST /sources/{id}/synchronize-attributes` (operation `syncAttributesForSource`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `id`: The Source id
    pub fn sync_attributes_for_source(
        &self,
        id: impl Into<String>,
    ) -> SyncAttributesForSource {
        SyncAttributesForSource {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Test configuration for source connector
    ///
    /// This endpoint performs a more detailed validation of the source''s configuration that can take longer than the lighter weight credential validation performed by the checkConnection API.
    ///
    /// `POST /sources/{sourceId}/connector/test-configuration` (operation `testSourceConfiguration`).
    ///
    /// Arguments:
    ///
    /// - `source_id`: The ID of the Source Example: `"cef3ee201db947c5912551015ba0c679"`.
    pub fn test_source_configuration(
        &self,
        source_id: impl Into<String>,
    ) -> TestSourceConfiguration {
        TestSourceConfiguration {
            client: self.client.clone(),
            source_id: source_id.into(),
        }
    }
    /// Check connection for source connector.
    ///
    /// This endpoint validates that the configured credentials are valid and will properly authenticate with the source identified by the sourceId path parameter.
    ///
    /// `POST /sources/{sourceId}/connector/check-connection` (operation `testSourceConnection`).
    ///
    /// Arguments:
    ///
    /// - `source_id`: The ID of the Source. Example: `"cef3ee201db947c5912551015ba0c679"`.
    pub fn test_source_connection(
        &self,
        source_id: impl Into<String>,
    ) -> TestSourceConnection {
        TestSourceConnection {
            client: self.client.clone(),
            source_id: source_id.into(),
        }
    }
    /// Update password policy
    ///
    /// This API can be used to set up or update Password Policy in IdentityNow for the specified Source.
    /// Source must support PASSWORD feature.
    ///
    /// `PATCH /sources/{sourceId}/password-policies` (operation `updatePasswordPolicyHolders`).
    ///
    /// Arguments:
    ///
    /// - `source_id`: The Source id Example: `"8c190e6787aa4ed9a90bd9d5344523fb"`.
    /// - `body`: The request body (`application/json`).
    pub fn update_password_policy_holders(
        &self,
        source_id: impl Into<String>,
        body: Vec<models::ListPasswordPolicyHoldersOnSourceResponseItem>,
    ) -> UpdatePasswordPolicyHolders {
        UpdatePasswordPolicyHolders {
            client: self.client.clone(),
            source_id: source_id.into(),
            body,
        }
    }
    /// Bulk update provisioning policies
    ///
    /// This end-point updates a list of provisioning policies on the specified source in IdentityNow.
    ///
    /// `POST /sources/{sourceId}/provisioning-policies/bulk-update` (operation `updateProvisioningPoliciesInBulk`).
    ///
    /// Arguments:
    ///
    /// - `source_id`: The Source id. Example: `"2c9180835d191a86015d28455b4a2329"`.
    /// - `body`: The request body (`application/json`).
    pub fn update_provisioning_policies_in_bulk(
        &self,
        source_id: impl Into<String>,
        body: Vec<models::ProvisioningPolicy>,
    ) -> UpdateProvisioningPoliciesInBulk {
        UpdateProvisioningPoliciesInBulk {
            client: self.client.clone(),
            source_id: source_id.into(),
            body,
        }
    }
    /// Partial update of provisioning policy
    ///
    /// This API selectively updates an existing Provisioning Policy using a JSONPatch payload.
    /// Transforms can be used in the provisioning policy to create a new attribute that you only need during provisioning.
    /// Refer to [Transforms in Provisioning Policies](https://developer.sailpoint.com/docs/extensibility/transforms/guides/transforms-in-provisioning-policies) for more information.
    ///
    /// `PATCH /sources/{sourceId}/provisioning-policies/{usageType}` (operation `updateProvisioningPolicy`).
    ///
    /// Arguments:
    ///
    /// - `source_id`: The Source id. Example: `"2c9180835d191a86015d28455b4a2329"`.
    /// - `usage_type`: The type of provisioning policy usage. In IdentityNow, a source can support various provisioning operations. For example, when a joiner is added to a source, this may trigger both CREATE and UPDATE provisioning operations. Each usage type is considered a provisioning policy. A source can have any number of these provisioning policies defined. These are the common usage types: CREATE - This usage type relates to 'Create Account Profile', the provisioning template for the account to be created. For example, this would be used for a joiner on a source. UPDATE - This usage type relates to 'Update Account Profile', the provisioning template for the 'Update' connector operations. For example, this would be used for an attribute sync on a source. ENABLE - This usage type relates to 'Enable Account Profile', the provisioning template for the account to be enabled. For example, this could be used for a joiner on a source once the joiner's account is created. DISABLE - This usage type relates to 'Disable Account Profile', the provisioning template for the account to be disabled. For example, this could be used when a leaver is removed temporarily from a source. You can use these four usage types for all your provisioning policy needs. Example: `"CREATE"`.
    /// - `body`: The JSONPatch payload used to update the schema.
    pub fn update_provisioning_policy(
        &self,
        source_id: impl Into<String>,
        usage_type: models::UsageType,
        body: Vec<models::JsonPatchOperation>,
    ) -> UpdateProvisioningPolicy {
        UpdateProvisioningPolicy {
            client: self.client.clone(),
            source_id: source_id.into(),
            usage_type,
            body,
        }
    }
    /// Update source (partial)
    ///
    /// Use this API to partially update a source in Identity Security Cloud (ISC), using a list of patch operations according to the
    /// [JSON Patch](https://tools.ietf.org/html/rfc6902) standard.
    ///
    /// These fields are immutable, so they cannot be changed:
    ///
    /// * id
    /// * type
    /// * authoritative
    /// * created
    /// * modified
    /// * connector
    /// * connectorClass
    /// * passwordPolicies
    ///
    /// Attempts to modify these fields will result in a 400 error.
    ///
    /// `PATCH /sources/{id}` (operation `updateSource`).
    ///
    /// Arguments:
    ///
    /// - `id`: Source ID. Example: `"2c9180835d191a86015d28455b4a2329"`.
    /// - `body`: A list of account update operations according to the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard. Any password changes are submitted as plain-text and encrypted upon receipt in Identity Security Cloud (ISC).
    pub fn update_source(
        &self,
        id: impl Into<String>,
        body: Vec<models::JsonPatchOperation>,
    ) -> UpdateSource {
        UpdateSource {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
    /// Update source entitlement request configuration
    ///
    /// This API replaces the current entitlement request configuration for a source. This source-level configuration should apply for all the entitlements in the source.
    ///
    /// Access request to any entitlements in the source should follow this configuration unless a separate entitlement-level configuration is defined.
    /// - During access request, this source-level entitlement request configuration overrides the global organization-level configuration.
    /// - However, the entitlement-level configuration (if defined) overrides this source-level configuration.
    ///
    /// `PUT /sources/{id}/entitlement-request-config` (operation `updateSourceEntitlementRequestConfig`).
    ///
    /// Arguments:
    ///
    /// - `id`: The Source id Example: `"8c190e6787aa4ed9a90bd9d5344523fb"`.
    /// - `body`: The request body (`application/json`).
    pub fn update_source_entitlement_request_config(
        &self,
        id: impl Into<String>,
        body: models::SourceEntitlementRequestConfig,
    ) -> UpdateSourceEntitlementRequestConfig {
        UpdateSourceEntitlementRequestConfig {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
    /// Update source schedule (partial)
    ///
    /// Use this API to selectively update an existing Schedule using a JSONPatch payload.
    ///
    /// The following schedule fields are immutable and cannot be updated:
    ///
    /// - type
    ///
    /// `PATCH /sources/{sourceId}/schedules/{scheduleType}` (operation `updateSourceSchedule`).
    ///
    /// Arguments:
    ///
    /// - `source_id`: The Source id. Example: `"2c9180835d191a86015d28455b4a2329"`.
    /// - `schedule_type`: The Schedule type. Example: `"ACCOUNT_AGGREGATION"`.
    /// - `body`: The JSONPatch payload used to update the schedule.
    pub fn update_source_schedule(
        &self,
        source_id: impl Into<String>,
        schedule_type: models::UpdateSourceScheduleScheduleType,
        body: Vec<models::JsonPatchOperation>,
    ) -> UpdateSourceSchedule {
        UpdateSourceSchedule {
            client: self.client.clone(),
            source_id: source_id.into(),
            schedule_type,
            body,
        }
    }
    /// Update source schema (partial)
    ///
    /// Use this API to selectively update an existing Schema using a JSONPatch payload.
    ///
    /// The following schema fields are immutable and cannot be updated:
    ///
    /// - id
    /// - name
    /// - created
    /// - modified
    ///
    /// To switch an account attribute to a group entitlement, you need to have the following in place:
    ///
    /// - `isEntitlement: true`
    /// - Must define a schema for the group and [add it to the source](https://developer.sailpoint.com/idn/api/v3/create-source-schema) before updating the `isGroup` flag.  For example, here is the `group` account attribute referencing a schema that defines the group:
    /// ```text
    /// {
    ///     "name": "groups",
    ///     "type": "STRING",
    ///     "schema": {
    ///         "type": "CONNECTOR_SCHEMA",
    ///         "id": "2c9180887671ff8c01767b4671fc7d60",
    ///         "name": "group"
    ///     },
    ///     "description": "The groups, roles etc. that reference account group objects",
    ///     "isMulti": true,
    ///     "isEntitlement": true,
    ///     "isGroup": true
    /// }
    /// ```
    ///
    /// `PATCH /sources/{sourceId}/schemas/{schemaId}` (operation `updateSourceSchema`).
    ///
    /// Arguments:
    ///
    /// - `source_id`: The Source id. Example: `"2c9180835d191a86015d28455b4a2329"`.
    /// - `schema_id`: The Schema id. Example: `"2c9180835d191a86015d28455b4a2329"`.
    /// - `body`: The JSONPatch payload used to update the schema.
    pub fn update_source_schema(
        &self,
        source_id: impl Into<String>,
        schema_id: impl Into<String>,
        body: Vec<models::JsonPatchOperation>,
    ) -> UpdateSourceSchema {
        UpdateSourceSchema {
            client: self.client.clone(),
            source_id: source_id.into(),
            schema_id: schema_id.into(),
            body,
        }
    }
}
/// Request builder of [`SourcesApi::create_provisioning_policy`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateProvisioningPolicy {
    client: crate::Client,
    source_id: String,
    body: models::ProvisioningPolicy,
}
impl CreateProvisioningPolicy {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/provisioning-policies",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::ProvisioningPolicy>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateProvisioningPolicy, models::ProvisioningPolicy, CreateProvisioningPolicyError
);
/// The errors of [`CreateProvisioningPolicy`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateProvisioningPolicyError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::create_source`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateSource {
    client: crate::Client,
    provision_as_csv: Option<bool>,
    body: models::Source,
}
impl CreateSource {
    /// If this parameter is `true`, it configures the source as a Delimited File (CSV) source. Setting this to `true` will automatically set the `type` of the source to `DelimitedFile`.  You must use this query parameter to create a Delimited File source as you would in the UI.  If you don't set this query parameter and you attempt to set the `type` attribute directly, the request won't correctly generate the source.
    ///
    /// Example: `false`.
    pub fn provision_as_csv(mut self, value: bool) -> Self {
        self.provision_as_csv = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/sources".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        if let Some(v) = &self.provision_as_csv {
            req = req.query("provisionAsCsv", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::Source>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(CreateSource, models::Source, CreateSourceError);
/// The errors of [`CreateSource`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateSourceError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`SourcesApi::create_source_schedule`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateSourceSchedule {
    client: crate::Client,
    source_id: String,
    body: models::SourceSchedule,
}
impl CreateSourceSchedule {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/schedules",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::SourceSchedule>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateSourceSchedule, models::SourceSchedule, CreateSourceScheduleError
);
/// The errors of [`CreateSourceSchedule`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateSourceScheduleError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`SourcesApi::create_source_schema`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateSourceSchema {
    client: crate::Client,
    source_id: String,
    body: models::Schema,
}
impl CreateSourceSchema {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/schemas",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::Schema>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(CreateSourceSchema, models::Schema, CreateSourceSchemaError);
/// The errors of [`CreateSourceSchema`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateSourceSchemaError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`SourcesApi::delete_accounts_async`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteAccountsAsync {
    client: crate::Client,
    id: String,
}
impl DeleteAccountsAsync {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.id, false)?,
            "/remove-accounts",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::TaskResultDto>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    DeleteAccountsAsync, models::TaskResultDto, DeleteAccountsAsyncError
);
/// The errors of [`DeleteAccountsAsync`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteAccountsAsyncError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`SourcesApi::delete_native_change_detection_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteNativeChangeDetectionConfig {
    client: crate::Client,
    id: String,
}
impl DeleteNativeChangeDetectionConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.id, false)?,
            "/native-change-detection-config",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(
    DeleteNativeChangeDetectionConfig, (), DeleteNativeChangeDetectionConfigError
);
/// The errors of [`DeleteNativeChangeDetectionConfig`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteNativeChangeDetectionConfigError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::delete_provisioning_policy`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteProvisioningPolicy {
    client: crate::Client,
    source_id: String,
    usage_type: models::UsageType,
}
impl DeleteProvisioningPolicy {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/provisioning-policies/",
            &runtime::encode::path_param(&self.usage_type, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(DeleteProvisioningPolicy, (), DeleteProvisioningPolicyError);
/// The errors of [`DeleteProvisioningPolicy`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteProvisioningPolicyError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::delete_source`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteSource {
    client: crate::Client,
    id: String,
}
impl DeleteSource {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/sources/", &runtime::encode::path_param(&self.id, false)?]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::DeleteSourceResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(DeleteSource, models::DeleteSourceResponse, DeleteSourceError);
/// The errors of [`DeleteSource`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteSourceError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::delete_source_schedule`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteSourceSchedule {
    client: crate::Client,
    source_id: String,
    schedule_type: models::DeleteSourceScheduleScheduleType,
}
impl DeleteSourceSchedule {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/schedules/",
            &runtime::encode::path_param(&self.schedule_type, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(DeleteSourceSchedule, (), DeleteSourceScheduleError);
/// The errors of [`DeleteSourceSchedule`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteSourceScheduleError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::delete_source_schema`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteSourceSchema {
    client: crate::Client,
    source_id: String,
    schema_id: String,
}
impl DeleteSourceSchema {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/schemas/",
            &runtime::encode::path_param(&self.schema_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(DeleteSourceSchema, (), DeleteSourceSchemaError);
/// The errors of [`DeleteSourceSchema`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteSourceSchemaError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::get_accounts_schema`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetAccountsSchema {
    client: crate::Client,
    id: String,
}
impl GetAccountsSchema {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.id, false)?,
            "/schemas/accounts",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("text/csv, application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<String>> + Send + 'static {
        resp.text()
    }
}
runtime::send_methods!(GetAccountsSchema, String, GetAccountsSchemaError);
/// The errors of [`GetAccountsSchema`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetAccountsSchemaError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::get_correlation_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetCorrelationConfig {
    client: crate::Client,
    id: String,
}
impl GetCorrelationConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.id, false)?,
            "/correlation-config",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::CorrelationConfig>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetCorrelationConfig, models::CorrelationConfig, GetCorrelationConfigError
);
/// The errors of [`GetCorrelationConfig`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetCorrelationConfigError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::get_entitlements_schema`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetEntitlementsSchema {
    client: crate::Client,
    id: String,
    schema_name: Option<String>,
}
impl GetEntitlementsSchema {
    /// Name of entitlement schema
    ///
    /// Example: `"?schemaName=group"`.
    pub fn schema_name(mut self, value: impl Into<String>) -> Self {
        self.schema_name = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.id, false)?,
            "/schemas/entitlements",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.schema_name {
            req = req.query("schemaName", v, "form", true)?;
        }
        req = req.accept("text/csv, application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<String>> + Send + 'static {
        resp.text()
    }
}
runtime::send_methods!(GetEntitlementsSchema, String, GetEntitlementsSchemaError);
/// The errors of [`GetEntitlementsSchema`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetEntitlementsSchemaError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::get_native_change_detection_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetNativeChangeDetectionConfig {
    client: crate::Client,
    id: String,
}
impl GetNativeChangeDetectionConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.id, false)?,
            "/native-change-detection-config",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::NativeChangeDetectionConfig>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetNativeChangeDetectionConfig, models::NativeChangeDetectionConfig,
    GetNativeChangeDetectionConfigError
);
/// The errors of [`GetNativeChangeDetectionConfig`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetNativeChangeDetectionConfigError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::get_provisioning_policy`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetProvisioningPolicy {
    client: crate::Client,
    source_id: String,
    usage_type: models::UsageType,
}
impl GetProvisioningPolicy {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/provisioning-policies/",
            &runtime::encode::path_param(&self.usage_type, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::ProvisioningPolicy>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetProvisioningPolicy, models::ProvisioningPolicy, GetProvisioningPolicyError
);
/// The errors of [`GetProvisioningPolicy`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetProvisioningPolicyError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::get_source`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSource {
    client: crate::Client,
    id: String,
}
impl GetSource {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/sources/", &runtime::encode::path_param(&self.id, false)?]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::Source>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetSource, models::Source, GetSourceError);
/// The errors of [`GetSource`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetSourceError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::get_source_attr_sync_config`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSourceAttrSyncConfig {
    client: crate::Client,
    id: String,
}
impl GetSourceAttrSyncConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.id, false)?,
            "/attribute-sync-config",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "getSourceAttrSyncConfig",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::AttrSyncSourceConfig>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetSourceAttrSyncConfig, models::AttrSyncSourceConfig, GetSourceAttrSyncConfigError
);
/// The errors of [`GetSourceAttrSyncConfig`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetSourceAttrSyncConfigError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::get_source_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSourceConfig {
    client: crate::Client,
    id: String,
    locale: Option<models::GetSourceConfigLocale>,
}
impl GetSourceConfig {
    /// The locale to apply to the config. If no viable locale is given, it will default to "en"
    ///
    /// Example: `"en"`.
    pub fn locale(mut self, value: models::GetSourceConfigLocale) -> Self {
        self.locale = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.id, false)?,
            "/connectors/source-config",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.locale {
            req = req.query("locale", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::ConnectorDetail>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetSourceConfig, models::ConnectorDetail, GetSourceConfigError);
/// The errors of [`GetSourceConfig`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetSourceConfigError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::get_source_connections`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSourceConnections {
    client: crate::Client,
    source_id: String,
}
impl GetSourceConnections {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/connections",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::SourceConnectionsDto>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetSourceConnections, models::SourceConnectionsDto, GetSourceConnectionsError
);
/// The errors of [`GetSourceConnections`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetSourceConnectionsError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::get_source_entitlement_request_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSourceEntitlementRequestConfig {
    client: crate::Client,
    id: String,
}
impl GetSourceEntitlementRequestConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.id, false)?,
            "/entitlement-request-config",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::SourceEntitlementRequestConfig>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetSourceEntitlementRequestConfig, models::SourceEntitlementRequestConfig,
    GetSourceEntitlementRequestConfigError
);
/// The errors of [`GetSourceEntitlementRequestConfig`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetSourceEntitlementRequestConfigError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`SourcesApi::get_source_health`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSourceHealth {
    client: crate::Client,
    source_id: String,
}
impl GetSourceHealth {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/source-health",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::SourceHealthDto>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetSourceHealth, models::SourceHealthDto, GetSourceHealthError);
/// The errors of [`GetSourceHealth`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetSourceHealthError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::get_source_schedule`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSourceSchedule {
    client: crate::Client,
    source_id: String,
    schedule_type: models::GetSourceScheduleScheduleType,
}
impl GetSourceSchedule {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/schedules/",
            &runtime::encode::path_param(&self.schedule_type, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::SourceSchedule>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetSourceSchedule, models::SourceSchedule, GetSourceScheduleError
);
/// The errors of [`GetSourceSchedule`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetSourceScheduleError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::get_source_schedules`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSourceSchedules {
    client: crate::Client,
    source_id: String,
}
impl GetSourceSchedules {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/schedules",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::SourceSchedule>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetSourceSchedules, Vec < models::SourceSchedule >, GetSourceSchedulesError
);
/// The errors of [`GetSourceSchedules`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetSourceSchedulesError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::get_source_schema`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSourceSchema {
    client: crate::Client,
    source_id: String,
    schema_id: String,
}
impl GetSourceSchema {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/schemas/",
            &runtime::encode::path_param(&self.schema_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::Schema>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetSourceSchema, models::Schema, GetSourceSchemaError);
/// The errors of [`GetSourceSchema`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetSourceSchemaError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::get_source_schemas`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSourceSchemas {
    client: crate::Client,
    source_id: String,
    include_types: Option<models::GetSourceSchemasIncludeTypes>,
    include_names: Option<String>,
}
impl GetSourceSchemas {
    /// If set to 'group', then the account schema is filtered and only group schemas are returned. Only a value of 'group' is recognized presently.
    /// Note: The API will check whether include-types is group or not, if not, it will list schemas based on include-names, if include-names is not provided, it will list all schemas.
    ///
    /// Example: `"group"`.
    pub fn include_types(mut self, value: models::GetSourceSchemasIncludeTypes) -> Self {
        self.include_types = Some(value);
        self
    }
    /// A comma-separated list of schema names to filter result.
    ///
    /// Example: `"account"`.
    pub fn include_names(mut self, value: impl Into<String>) -> Self {
        self.include_names = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/schemas",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.include_types {
            req = req.query("include-types", v, "form", true)?;
        }
        if let Some(v) = &self.include_names {
            req = req.query("include-names", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::Schema>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetSourceSchemas, Vec < models::Schema >, GetSourceSchemasError);
/// The errors of [`GetSourceSchemas`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetSourceSchemasError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::import_accounts`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ImportAccounts {
    client: crate::Client,
    id: String,
    body: Option<models::ImportAccountsRequest>,
}
impl ImportAccounts {
    /// The request body (`multipart/form-data`).
    pub fn body(mut self, value: models::ImportAccountsRequest) -> Self {
        self.body = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.id, false)?,
            "/load-accounts",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        if let Some(body) = &self.body {
            #[allow(unused_mut)]
            let mut form = runtime::Multipart::new().fields(body, &["file"])?;
            if let Some(v) = &body.file {
                form = form.file("file", v.clone(), None, None);
            }
            req = req.multipart(form);
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::LoadAccountsTask>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(ImportAccounts, models::LoadAccountsTask, ImportAccountsError);
/// The errors of [`ImportAccounts`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ImportAccountsError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`SourcesApi::import_accounts_schema`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ImportAccountsSchema {
    client: crate::Client,
    id: String,
    body: models::ImportAccountsSchemaRequest,
}
impl ImportAccountsSchema {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.id, false)?,
            "/schemas/accounts",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            #[allow(unused_mut)]
            let mut form = runtime::Multipart::new().fields(body, &["file"])?;
            if let Some(v) = &body.file {
                form = form.file("file", v.clone(), None, None);
            }
            req = req.multipart(form);
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::Schema>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(ImportAccountsSchema, models::Schema, ImportAccountsSchemaError);
/// The errors of [`ImportAccountsSchema`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ImportAccountsSchemaError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`SourcesApi::import_connector_file`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ImportConnectorFile {
    client: crate::Client,
    source_id: String,
    body: models::ImportConnectorFileRequest,
}
impl ImportConnectorFile {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/upload-connector-file",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            #[allow(unused_mut)]
            let mut form = runtime::Multipart::new().fields(body, &["file"])?;
            if let Some(v) = &body.file {
                form = form.file("file", v.clone(), None, None);
            }
            req = req.multipart(form);
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::Source>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(ImportConnectorFile, models::Source, ImportConnectorFileError);
/// The errors of [`ImportConnectorFile`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ImportConnectorFileError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`SourcesApi::import_entitlements`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ImportEntitlements {
    client: crate::Client,
    source_id: String,
    body: Option<models::ImportEntitlementsRequest>,
}
impl ImportEntitlements {
    /// The request body (`multipart/form-data`).
    pub fn body(mut self, value: models::ImportEntitlementsRequest) -> Self {
        self.body = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/load-entitlements",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        if let Some(body) = &self.body {
            #[allow(unused_mut)]
            let mut form = runtime::Multipart::new().fields(body, &["file"])?;
            if let Some(v) = &body.file {
                form = form.file("file", v.clone(), None, None);
            }
            req = req.multipart(form);
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::LoadEntitlementTask>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    ImportEntitlements, models::LoadEntitlementTask, ImportEntitlementsError
);
/// The errors of [`ImportEntitlements`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ImportEntitlementsError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`SourcesApi::import_entitlements_schema`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ImportEntitlementsSchema {
    client: crate::Client,
    id: String,
    schema_name: Option<String>,
    body: models::ImportEntitlementsSchemaRequest,
}
impl ImportEntitlementsSchema {
    /// Name of entitlement schema
    ///
    /// Example: `"?schemaName=group"`.
    pub fn schema_name(mut self, value: impl Into<String>) -> Self {
        self.schema_name = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.id, false)?,
            "/schemas/entitlements",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        if let Some(v) = &self.schema_name {
            req = req.query("schemaName", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            #[allow(unused_mut)]
            let mut form = runtime::Multipart::new().fields(body, &["file"])?;
            if let Some(v) = &body.file {
                form = form.file("file", v.clone(), None, None);
            }
            req = req.multipart(form);
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::Schema>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    ImportEntitlementsSchema, models::Schema, ImportEntitlementsSchemaError
);
/// The errors of [`ImportEntitlementsSchema`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ImportEntitlementsSchemaError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`SourcesApi::import_uncorrelated_accounts`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ImportUncorrelatedAccounts {
    client: crate::Client,
    id: String,
    body: Option<models::ImportUncorrelatedAccountsRequest>,
}
impl ImportUncorrelatedAccounts {
    /// The request body (`multipart/form-data`).
    pub fn body(mut self, value: models::ImportUncorrelatedAccountsRequest) -> Self {
        self.body = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.id, false)?,
            "/load-uncorrelated-accounts",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        if let Some(body) = &self.body {
            #[allow(unused_mut)]
            let mut form = runtime::Multipart::new().fields(body, &["file"])?;
            if let Some(v) = &body.file {
                form = form.file("file", v.clone(), None, None);
            }
            req = req.multipart(form);
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::LoadUncorrelatedAccountsTask>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    ImportUncorrelatedAccounts, models::LoadUncorrelatedAccountsTask,
    ImportUncorrelatedAccountsError
);
/// The errors of [`ImportUncorrelatedAccounts`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ImportUncorrelatedAccountsError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`SourcesApi::list_password_policy_holders_on_source`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListPasswordPolicyHoldersOnSource {
    client: crate::Client,
    source_id: String,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
}
impl ListPasswordPolicyHoldersOnSource {
    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `0`.
    ///
    /// Example: `0`.
    pub fn offset(mut self, value: i32) -> Self {
        self.offset = Some(value);
        self
    }
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `250`.
    ///
    /// Example: `250`.
    pub fn limit(mut self, value: i32) -> Self {
        self.limit = Some(value);
        self
    }
    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `false`.
    ///
    /// Example: `true`.
    pub fn count(mut self, value: bool) -> Self {
        self.count = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/password-policies",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<
            Vec<models::ListPasswordPolicyHoldersOnSourceResponseItem>,
        >,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::ListPasswordPolicyHoldersOnSourceResponseItem>,
    > {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::ListPasswordPolicyHoldersOnSourceResponseItem>,
    > {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::ListPasswordPolicyHoldersOnSourceResponseItem>,
    > {
        let paging = runtime::pagination::Paging::new(
                self.limit.and_then(|v| u64::try_from(v).ok()).unwrap_or(250u64),
            )
            .start(self.offset.and_then(|v| u64::try_from(v).ok()).unwrap_or(0))
            .max_page_size(Some(250u64))
            .max_items(max_items);
        runtime::pagination::offset_stream_with(
            paging,
            move |offset, limit| {
                let mut page = self.clone();
                async move {
                    page.offset = Some(runtime::pagination::cast(offset)?);
                    page.limit = Some(runtime::pagination::cast(limit)?);
                    let r = page
                        .send_with_response()
                        .await
                        .map_err(runtime::Error::from)?;
                    let total = r.total_count();
                    Ok(runtime::Page {
                        items: r.data,
                        total,
                    })
                }
            },
        )
    }
}
runtime::send_methods!(
    ListPasswordPolicyHoldersOnSource, Vec <
    models::ListPasswordPolicyHoldersOnSourceResponseItem >,
    ListPasswordPolicyHoldersOnSourceError
);
/// The errors of [`ListPasswordPolicyHoldersOnSource`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListPasswordPolicyHoldersOnSourceError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::list_provisioning_policies`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListProvisioningPolicies {
    client: crate::Client,
    source_id: String,
}
impl ListProvisioningPolicies {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/provisioning-policies",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::ProvisioningPolicy>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    ListProvisioningPolicies, Vec < models::ProvisioningPolicy >,
    ListProvisioningPoliciesError
);
/// The errors of [`ListProvisioningPolicies`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListProvisioningPoliciesError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::list_sources`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListSources {
    client: crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
    for_subadmin: Option<String>,
    include_idn_source: Option<bool>,
}
impl ListSources {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `250`.
    ///
    /// Example: `250`.
    pub fn limit(mut self, value: i32) -> Self {
        self.limit = Some(value);
        self
    }
    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `0`.
    ///
    /// Example: `0`.
    pub fn offset(mut self, value: i32) -> Self {
        self.offset = Some(value);
        self
    }
    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `false`.
    ///
    /// Example: `true`.
    pub fn count(mut self, value: bool) -> Self {
        self.count = Some(value);
        self
    }
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, in, ge, gt, le, lt, ne, isnull, sw*
    ///
    /// **name**: *co, eq, in, sw, ge, gt, ne, isnull*
    ///
    /// **type**: *eq, in, ge, gt, ne, isnull, sw*
    ///
    /// **owner.id**: *eq, in, ge, gt, le, lt, ne, isnull, sw*
    ///
    /// **features**: *ca, co*
    ///
    /// **created**: *eq, ge, gt, in, le, lt, ne, isnull, sw*
    ///
    /// **modified**: *eq, ge, gt, in, le, lt, ne, isnull, sw*
    ///
    /// **managementWorkgroup.id**: *eq, ge, gt, in, le, lt, ne, isnull, sw*
    ///
    /// **description**: *eq, sw*
    ///
    /// **authoritative**: *eq, ne, isnull*
    ///
    /// **healthy**: *isnull*
    ///
    /// **status**: *eq, in, ge, gt, le, lt, ne, isnull, sw*
    ///
    /// **connectionType**: *eq, ge, gt, in, le, lt, ne, isnull, sw*
    ///
    /// **connectorName**: *eq, ge, gt, in, ne, isnull, sw*
    ///
    /// **category**: *co, eq, ge, gt, in, le, lt, ne, sw*
    ///
    /// Example: `"name eq \"Employees\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **type, created, modified, name, owner.name, healthy, status, id, description, owner.id, accountCorrelationConfig.id, accountCorrelationConfig.name, managerCorrelationRule.type, managerCorrelationRule.id, managerCorrelationRule.name, authoritative, managementWorkgroup.id, connectorName, connectionType**
    ///
    /// Example: `"name"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    /// Filter the returned list of sources for the identity specified by the parameter, which is the id of an identity with the role SOURCE_SUBADMIN. By convention, the value **me** indicates the identity id of the current user.
    /// Subadmins may only view Sources which they are able to administer; all other Sources will be filtered out when this parameter is set. If the current user is a SOURCE_SUBADMIN but fails to pass a valid value for this parameter, a 403 Forbidden is returned.
    ///
    /// Example: `"name"`.
    pub fn for_subadmin(mut self, value: impl Into<String>) -> Self {
        self.for_subadmin = Some(value.into());
        self
    }
    /// Include the IdentityNow source in the response.
    ///
    /// Default: `false`.
    ///
    /// Example: `true`.
    pub fn include_idn_source(mut self, value: bool) -> Self {
        self.include_idn_source = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/sources".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        if let Some(v) = &self.for_subadmin {
            req = req.query("for-subadmin", v, "form", true)?;
        }
        if let Some(v) = &self.include_idn_source {
            req = req.query("includeIDNSource", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::Source>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(self) -> runtime::BoxStream<'static, runtime::Result<models::Source>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::Source>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::Source>> {
        let paging = runtime::pagination::Paging::new(
                self.limit.and_then(|v| u64::try_from(v).ok()).unwrap_or(250u64),
            )
            .start(self.offset.and_then(|v| u64::try_from(v).ok()).unwrap_or(0))
            .max_page_size(Some(250u64))
            .max_items(max_items);
        runtime::pagination::offset_stream_with(
            paging,
            move |offset, limit| {
                let mut page = self.clone();
                async move {
                    page.offset = Some(runtime::pagination::cast(offset)?);
                    page.limit = Some(runtime::pagination::cast(limit)?);
                    let r = page
                        .send_with_response()
                        .await
                        .map_err(runtime::Error::from)?;
                    let total = r.total_count();
                    Ok(runtime::Page {
                        items: r.data,
                        total,
                    })
                }
            },
        )
    }
}
runtime::send_methods!(ListSources, Vec < models::Source >, ListSourcesError);
/// The errors of [`ListSources`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListSourcesError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::ping_cluster`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PingCluster {
    client: crate::Client,
    source_id: String,
}
impl PingCluster {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/connector/ping-cluster",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::StatusResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(PingCluster, models::StatusResponse, PingClusterError);
/// The errors of [`PingCluster`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PingClusterError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::put_correlation_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PutCorrelationConfig {
    client: crate::Client,
    id: String,
    body: models::CorrelationConfig,
}
impl PutCorrelationConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.id, false)?,
            "/correlation-config",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::PUT, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::CorrelationConfig>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PutCorrelationConfig, models::CorrelationConfig, PutCorrelationConfigError
);
/// The errors of [`PutCorrelationConfig`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PutCorrelationConfigError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::put_native_change_detection_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PutNativeChangeDetectionConfig {
    client: crate::Client,
    id: String,
    body: models::NativeChangeDetectionConfig,
}
impl PutNativeChangeDetectionConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.id, false)?,
            "/native-change-detection-config",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::PUT, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::NativeChangeDetectionConfig>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PutNativeChangeDetectionConfig, models::NativeChangeDetectionConfig,
    PutNativeChangeDetectionConfigError
);
/// The errors of [`PutNativeChangeDetectionConfig`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PutNativeChangeDetectionConfigError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::put_provisioning_policy`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PutProvisioningPolicy {
    client: crate::Client,
    source_id: String,
    usage_type: models::UsageType,
    body: models::ProvisioningPolicy,
}
impl PutProvisioningPolicy {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/provisioning-policies/",
            &runtime::encode::path_param(&self.usage_type, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::PUT, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::ProvisioningPolicy>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PutProvisioningPolicy, models::ProvisioningPolicy, PutProvisioningPolicyError
);
/// The errors of [`PutProvisioningPolicy`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PutProvisioningPolicyError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::put_source`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PutSource {
    client: crate::Client,
    id: String,
    body: models::Source,
}
impl PutSource {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/sources/", &runtime::encode::path_param(&self.id, false)?]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::PUT, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::Source>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(PutSource, models::Source, PutSourceError);
/// The errors of [`PutSource`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PutSourceError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::put_source_attr_sync_config`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PutSourceAttrSyncConfig {
    client: crate::Client,
    id: String,
    body: models::AttrSyncSourceConfig,
}
impl PutSourceAttrSyncConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.id, false)?,
            "/attribute-sync-config",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::PUT, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "putSourceAttrSyncConfig",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::AttrSyncSourceConfig>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PutSourceAttrSyncConfig, models::AttrSyncSourceConfig, PutSourceAttrSyncConfigError
);
/// The errors of [`PutSourceAttrSyncConfig`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PutSourceAttrSyncConfigError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::put_source_schema`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PutSourceSchema {
    client: crate::Client,
    source_id: String,
    schema_id: String,
    body: models::Schema,
}
impl PutSourceSchema {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/schemas/",
            &runtime::encode::path_param(&self.schema_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::PUT, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::Schema>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(PutSourceSchema, models::Schema, PutSourceSchemaError);
/// The errors of [`PutSourceSchema`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PutSourceSchemaError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::search_resource_objects`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SearchResourceObjects {
    client: crate::Client,
    source_id: String,
    body: models::ResourceObjectsRequest,
}
impl SearchResourceObjects {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/connector/peek-resource-objects",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        req = req.retry_safe();
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::ResourceObjectsResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    SearchResourceObjects, models::ResourceObjectsResponse, SearchResourceObjectsError
);
/// The errors of [`SearchResourceObjects`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SearchResourceObjectsError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::sync_attributes_for_source`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SyncAttributesForSource {
    client: crate::Client,
    id: String,
}
impl SyncAttributesForSource {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.id, false)?,
            "/synchronize-attributes",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "syncAttributesForSource",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::SourceSyncJob>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    SyncAttributesForSource, models::SourceSyncJob, SyncAttributesForSourceError
);
/// The errors of [`SyncAttributesForSource`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SyncAttributesForSourceError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::test_source_configuration`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct TestSourceConfiguration {
    client: crate::Client,
    source_id: String,
}
impl TestSourceConfiguration {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/connector/test-configuration",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::StatusResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    TestSourceConfiguration, models::StatusResponse, TestSourceConfigurationError
);
/// The errors of [`TestSourceConfiguration`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type TestSourceConfigurationError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::test_source_connection`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct TestSourceConnection {
    client: crate::Client,
    source_id: String,
}
impl TestSourceConnection {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/connector/check-connection",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::StatusResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    TestSourceConnection, models::StatusResponse, TestSourceConnectionError
);
/// The errors of [`TestSourceConnection`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type TestSourceConnectionError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::update_password_policy_holders`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdatePasswordPolicyHolders {
    client: crate::Client,
    source_id: String,
    body: Vec<models::ListPasswordPolicyHoldersOnSourceResponseItem>,
}
impl UpdatePasswordPolicyHolders {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/password-policies",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::PATCH,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<
            Vec<models::ListPasswordPolicyHoldersOnSourceResponseItem>,
        >,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    UpdatePasswordPolicyHolders, Vec <
    models::ListPasswordPolicyHoldersOnSourceResponseItem >,
    UpdatePasswordPolicyHoldersError
);
/// The errors of [`UpdatePasswordPolicyHolders`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdatePasswordPolicyHoldersError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::update_provisioning_policies_in_bulk`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateProvisioningPoliciesInBulk {
    client: crate::Client,
    source_id: String,
    body: Vec<models::ProvisioningPolicy>,
}
impl UpdateProvisioningPoliciesInBulk {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/provisioning-policies/bulk-update",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::ProvisioningPolicy>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    UpdateProvisioningPoliciesInBulk, Vec < models::ProvisioningPolicy >,
    UpdateProvisioningPoliciesInBulkError
);
/// The errors of [`UpdateProvisioningPoliciesInBulk`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateProvisioningPoliciesInBulkError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::update_provisioning_policy`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateProvisioningPolicy {
    client: crate::Client,
    source_id: String,
    usage_type: models::UsageType,
    body: Vec<models::JsonPatchOperation>,
}
impl UpdateProvisioningPolicy {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/provisioning-policies/",
            &runtime::encode::path_param(&self.usage_type, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::PATCH,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json_as("application/json-patch+json", body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::ProvisioningPolicy>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    UpdateProvisioningPolicy, models::ProvisioningPolicy, UpdateProvisioningPolicyError
);
/// The errors of [`UpdateProvisioningPolicy`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateProvisioningPolicyError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::update_source`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateSource {
    client: crate::Client,
    id: String,
    body: Vec<models::JsonPatchOperation>,
}
impl UpdateSource {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/sources/", &runtime::encode::path_param(&self.id, false)?]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::PATCH,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json_as("application/json-patch+json", body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::Source>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(UpdateSource, models::Source, UpdateSourceError);
/// The errors of [`UpdateSource`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateSourceError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::update_source_entitlement_request_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateSourceEntitlementRequestConfig {
    client: crate::Client,
    id: String,
    body: models::SourceEntitlementRequestConfig,
}
impl UpdateSourceEntitlementRequestConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.id, false)?,
            "/entitlement-request-config",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::PUT, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::SourceEntitlementRequestConfig>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    UpdateSourceEntitlementRequestConfig, models::SourceEntitlementRequestConfig,
    UpdateSourceEntitlementRequestConfigError
);
/// The errors of [`UpdateSourceEntitlementRequestConfig`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateSourceEntitlementRequestConfigError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`SourcesApi::update_source_schedule`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateSourceSchedule {
    client: crate::Client,
    source_id: String,
    schedule_type: models::UpdateSourceScheduleScheduleType,
    body: Vec<models::JsonPatchOperation>,
}
impl UpdateSourceSchedule {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/schedules/",
            &runtime::encode::path_param(&self.schedule_type, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::PATCH,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json_as("application/json-patch+json", body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::SourceSchedule>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    UpdateSourceSchedule, models::SourceSchedule, UpdateSourceScheduleError
);
/// The errors of [`UpdateSourceSchedule`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateSourceScheduleError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SourcesApi::update_source_schema`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateSourceSchema {
    client: crate::Client,
    source_id: String,
    schema_id: String,
    body: Vec<models::JsonPatchOperation>,
}
impl UpdateSourceSchema {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/schemas/",
            &runtime::encode::path_param(&self.schema_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::PATCH,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json_as("application/json-patch+json", body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::Schema>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(UpdateSourceSchema, models::Schema, UpdateSourceSchemaError);
/// The errors of [`UpdateSourceSchema`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateSourceSchemaError = crate::errors::Error400_401_403_404_429_500;
