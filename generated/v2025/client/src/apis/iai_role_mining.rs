//! Operations tagged `IAI Role Mining`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `IAI Role Mining`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct IaiRoleMiningApi {
    client: crate::Client,
}
impl IaiRoleMiningApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        IaiRoleMiningApi { client }
    }
    /// Create request to provision a potential role into an actual role.
    ///
    /// This method starts a job to provision a potential role
    ///
    /// `POST /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/provision` (operation `createPotentialRoleProvisionRequest`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `session_id`: The role mining session id Example: `"8c190e67-87aa-4ed9-a90b-d9d5344523fb"`.
    /// - `potential_role_id`: A potential role id in a role mining session Example: `"8c190e67-87aa-4ed9-a90b-d9d5344523fb"`.
    pub fn create_potential_role_provision_request(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> CreatePotentialRoleProvisionRequest {
        CreatePotentialRoleProvisionRequest {
            client: self.client.clone(),
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
            min_entitlement_popularity: None,
            include_common_access: None,
            body: None,
        }
    }
    /// Create a role mining session
    ///
    /// This submits a create role mining session request to the role mining application.
    ///
    /// `POST /role-mining-sessions` (operation `createRoleMiningSessions`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `body`: Role mining session parameters
    pub fn create_role_mining_sessions(
        &self,
        body: models::RoleMiningSessionDto,
    ) -> CreateRoleMiningSessions {
        CreateRoleMiningSessions {
            client: self.client.clone(),
            body,
        }
    }
    /// Export (download) details for a potential role in a role mining session
    ///
    /// This endpoint downloads a completed export of information for a potential role in a role mining session.
    ///
    /// `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/export-async/{exportId}/download` (operation `downloadRoleMiningPotentialRoleZip`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `session_id`: The role mining session id Example: `"8c190e67-87aa-4ed9-a90b-d9d5344523fb"`.
    /// - `potential_role_id`: A potential role id in a role mining session Example: `"278359a6-04b7-4669-9468-924cf580964a"`.
    /// - `export_id`: The id of a previously run export job for this potential role Example: `"4940ffd4-836f-48a3-b2b0-6d498c3fdf40"`.
    pub fn download_role_mining_potential_role_zip(
        &self,
        session_id: String,
        potential_role_id: String,
        export_id: String,
    ) -> DownloadRoleMiningPotentialRoleZip {
        DownloadRoleMiningPotentialRoleZip {
            client: self.client.clone(),
            session_id,
            potential_role_id,
            export_id,
        }
    }
    /// Export (download) details for a potential role in a role mining session
    ///
    /// This endpoint downloads all the information for a potential role in a role mining session. Includes identities and entitlements in the potential role.
    ///
    /// `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/export` (operation `exportRoleMiningPotentialRole`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `session_id`: The role mining session id Example: `"8c190e67-87aa-4ed9-a90b-d9d5344523fb"`.
    /// - `potential_role_id`: A potential role id in a role mining session Example: `"8c190e67-87aa-4ed9-a90b-d9d5344523fb"`.
    pub fn export_role_mining_potential_role(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> ExportRoleMiningPotentialRole {
        ExportRoleMiningPotentialRole {
            client: self.client.clone(),
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
        }
    }
    /// Asynchronously export details for a potential role in a role mining session and upload to S3
    ///
    /// This endpoint uploads all the information for a potential role in a role mining session to S3 as a downloadable zip archive.  Includes identities and entitlements in the potential role.
    ///
    /// `POST /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/export-async` (operation `exportRoleMiningPotentialRoleAsync`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `session_id`: The role mining session id Example: `"8c190e67-87aa-4ed9-a90b-d9d5344523fb"`.
    /// - `potential_role_id`: A potential role id in a role mining session Example: `"278359a6-04b7-4669-9468-924cf580964a"`.
    pub fn export_role_mining_potential_role_async(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> ExportRoleMiningPotentialRoleAsync {
        ExportRoleMiningPotentialRoleAsync {
            client: self.client.clone(),
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
            body: None,
        }
    }
    /// Retrieve status of a potential role export job
    ///
    /// This endpoint retrieves information about the current status of a potential role export.
    ///
    /// `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/export-async/{exportId}` (operation `exportRoleMiningPotentialRoleStatus`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `session_id`: The role mining session id Example: `"8c190e67-87aa-4ed9-a90b-d9d5344523fb"`.
    /// - `potential_role_id`: A potential role id in a role mining session Example: `"278359a6-04b7-4669-9468-924cf580964a"`.
    /// - `export_id`: The id of a previously run export job for this potential role Example: `"4940ffd4-836f-48a3-b2b0-6d498c3fdf40"`.
    pub fn export_role_mining_potential_role_status(
        &self,
        session_id: String,
        potential_role_id: String,
        export_id: String,
    ) -> ExportRoleMiningPotentialRoleStatus {
        ExportRoleMiningPotentialRoleStatus {
            client: self.client.clone(),
            session_id,
            potential_role_id,
            export_id,
        }
    }
    /// Retrieves all potential role summaries
    ///
    /// Returns all potential role summaries that match the query parameters
    ///
    /// `GET /role-mining-potential-roles` (operation `getAllPotentialRoleSummaries`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    pub fn get_all_potential_role_summaries(&self) -> GetAllPotentialRoleSummaries {
        GetAllPotentialRoleSummaries {
            client: self.client.clone(),
            sorters: None,
            filters: None,
            offset: None,
            limit: None,
            count: None,
        }
    }
    /// Retrieves entitlement popularity distribution for a potential role in a role mining session
    ///
    /// This method returns entitlement popularity distribution for a potential role in a role mining session.
    ///
    /// `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/entitlement-popularity-distribution` (operation `getEntitlementDistributionPotentialRole`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `session_id`: The role mining session id Example: `"8c190e67-87aa-4ed9-a90b-d9d5344523fb"`.
    /// - `potential_role_id`: A potential role id in a role mining session Example: `"8c190e67-87aa-4ed9-a90b-d9d5344523fb"`.
    pub fn get_entitlement_distribution_potential_role(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> GetEntitlementDistributionPotentialRole {
        GetEntitlementDistributionPotentialRole {
            client: self.client.clone(),
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
            include_common_access: None,
        }
    }
    /// Retrieves entitlements for a potential role in a role mining session
    ///
    /// This method returns entitlements for a potential role in a role mining session.
    ///
    /// `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/entitlement-popularities` (operation `getEntitlementsPotentialRole`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `session_id`: The role mining session id Example: `"8c190e67-87aa-4ed9-a90b-d9d5344523fb"`.
    /// - `potential_role_id`: A potential role id in a role mining session Example: `"8c190e67-87aa-4ed9-a90b-d9d5344523fb"`.
    pub fn get_entitlements_potential_role(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> GetEntitlementsPotentialRole {
        GetEntitlementsPotentialRole {
            client: self.client.clone(),
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
            include_common_access: None,
            sorters: None,
            filters: None,
            offset: None,
            limit: None,
            count: None,
        }
    }
    /// Retrieves excluded entitlements for a potential role in a role mining session
    ///
    /// This method returns excluded entitlements for a potential role in a role mining session.
    ///
    /// `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/excluded-entitlements` (operation `getExcludedEntitlementsPotentialRole`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `session_id`: The role mining session id Example: `"8c190e67-87aa-4ed9-a90b-d9d5344523fb"`.
    /// - `potential_role_id`: A potential role id in a role mining session Example: `"8c190e67-87aa-4ed9-a90b-d9d5344523fb"`.
    pub fn get_excluded_entitlements_potential_role(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> GetExcludedEntitlementsPotentialRole {
        GetExcludedEntitlementsPotentialRole {
            client: self.client.clone(),
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
            sorters: None,
            filters: None,
            offset: None,
            limit: None,
            count: None,
        }
    }
    /// Retrieves identities for a potential role in a role mining session
    ///
    /// This method returns identities for a potential role in a role mining session.
    ///
    /// `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/identities` (operation `getIdentitiesPotentialRole`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `session_id`: The role mining session id Example: `"8c190e67-87aa-4ed9-a90b-d9d5344523fb"`.
    /// - `potential_role_id`: A potential role id in a role mining session Example: `"8c190e67-87aa-4ed9-a90b-d9d5344523fb"`.
    pub fn get_identities_potential_role(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> GetIdentitiesPotentialRole {
        GetIdentitiesPotentialRole {
            client: self.client.clone(),
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
            sorters: None,
            filters: None,
            offset: None,
            limit: None,
            count: None,
        }
    }
    /// Retrieves a specific potential role
    ///
    /// This method returns a specific potential role for a role mining session.
    ///
    /// `GET /role-mining-sessions/{sessionId}/potential-role-summaries/{potentialRoleId}` (operation `getPotentialRole`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `session_id`: The role mining session id Example: `"8c190e67-87aa-4ed9-a90b-d9d5344523fb"`.
    /// - `potential_role_id`: A potential role id in a role mining session Example: `"8c190e67-87aa-4ed9-a90b-d9d5344523fb"`.
    pub fn get_potential_role(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> GetPotentialRole {
        GetPotentialRole {
            client: self.client.clone(),
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
        }
    }
    /// Retrieves the applications of a potential role for a role mining session
    ///
    /// This method returns the applications of a potential role for a role mining session.
    ///
    /// `GET /role-mining-sessions/{sessionId}/potential-role-summaries/{potentialRoleId}/applications` (operation `getPotentialRoleApplications`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `session_id`: The role mining session id Example: `"8c190e67-87aa-4ed9-a90b-d9d5344523fb"`.
    /// - `potential_role_id`: A potential role id in a role mining session Example: `"62f28d91-7d9f-4d17-be15-666d5b41d77f"`.
    pub fn get_potential_role_applications(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> GetPotentialRoleApplications {
        GetPotentialRoleApplications {
            client: self.client.clone(),
            filters: None,
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
            offset: None,
            limit: None,
            count: None,
        }
    }
    /// Retrieves the entitlements of a potential role for a role mining session
    ///
    /// This method returns the entitlements of a potential role for a role mining session.
    ///
    /// `GET /role-mining-sessions/{sessionId}/potential-role-summaries/{potentialRoleId}/entitlements` (operation `getPotentialRoleEntitlements`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `session_id`: The role mining session id Example: `"8c190e67-87aa-4ed9-a90b-d9d5344523fb"`.
    /// - `potential_role_id`: A potential role id in a role mining session Example: `"62f28d91-7d9f-4d17-be15-666d5b41d77f"`.
    pub fn get_potential_role_entitlements(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
    ) -> GetPotentialRoleEntitlements {
        GetPotentialRoleEntitlements {
            client: self.client.clone(),
            filters: None,
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
            offset: None,
            limit: None,
            count: None,
        }
    }
    /// Retrieves potential role source usage
    ///
    /// This method returns source usageCount (as number of days in the last 90 days) for each identity in a potential role.
    ///
    /// `GET /role-mining-potential-roles/{potentialRoleId}/sources/{sourceId}/identityUsage` (operation `getPotentialRoleSourceIdentityUsage`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `potential_role_id`: A potential role id Example: `"e0cc5d7d-bf7f-4f81-b2af-8885b09d9923"`.
    /// - `source_id`: A source id Example: `"2c9180877620c1460176267f336a106f"`.
    pub fn get_potential_role_source_identity_usage(
        &self,
        potential_role_id: impl Into<String>,
        source_id: impl Into<String>,
    ) -> GetPotentialRoleSourceIdentityUsage {
        GetPotentialRoleSourceIdentityUsage {
            client: self.client.clone(),
            potential_role_id: potential_role_id.into(),
            source_id: source_id.into(),
            sorters: None,
            offset: None,
            limit: None,
            count: None,
        }
    }
    /// Retrieves all potential role summaries
    ///
    /// This method returns the potential role summaries for a role mining session.
    ///
    /// `GET /role-mining-sessions/{sessionId}/potential-role-summaries` (operation `getPotentialRoleSummaries`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `session_id`: The role mining session id Example: `"8c190e67-87aa-4ed9-a90b-d9d5344523fb"`.
    pub fn get_potential_role_summaries(
        &self,
        session_id: impl Into<String>,
    ) -> GetPotentialRoleSummaries {
        GetPotentialRoleSummaries {
            client: self.client.clone(),
            session_id: session_id.into(),
            sorters: None,
            filters: None,
            offset: None,
            limit: None,
            count: None,
        }
    }
    /// Retrieves a specific potential role
    ///
    /// This method returns a specific potential role.
    ///
    /// `GET /role-mining-potential-roles/{potentialRoleId}` (operation `getRoleMiningPotentialRole`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `potential_role_id`: A potential role id Example: `"8c190e67-87aa-4ed9-a90b-d9d5344523fb"`.
    pub fn get_role_mining_potential_role(
        &self,
        potential_role_id: impl Into<String>,
    ) -> GetRoleMiningPotentialRole {
        GetRoleMiningPotentialRole {
            client: self.client.clone(),
            potential_role_id: potential_role_id.into(),
        }
    }
    /// Get a role mining session
    ///
    /// The method retrieves a role mining session.
    ///
    /// `GET /role-mining-sessions/{sessionId}` (operation `getRoleMiningSession`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `session_id`: The role mining session id to be retrieved. Example: `"8c190e67-87aa-4ed9-a90b-d9d5344523fb"`.
    pub fn get_role_mining_session(
        &self,
        session_id: impl Into<String>,
    ) -> GetRoleMiningSession {
        GetRoleMiningSession {
            client: self.client.clone(),
            session_id: session_id.into(),
        }
    }
    /// Get role mining session status state
    ///
    /// This method returns a role mining session status for a customer.
    ///
    /// `GET /role-mining-sessions/{sessionId}/status` (operation `getRoleMiningSessionStatus`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `session_id`: The role mining session id Example: `"8c190e67-87aa-4ed9-a90b-d9d5344523fb"`.
    pub fn get_role_mining_session_status(
        &self,
        session_id: impl Into<String>,
    ) -> GetRoleMiningSessionStatus {
        GetRoleMiningSessionStatus {
            client: self.client.clone(),
            session_id: session_id.into(),
        }
    }
    /// Retrieves all role mining sessions
    ///
    /// Returns all role mining sessions that match the query parameters
    ///
    /// `GET /role-mining-sessions` (operation `getRoleMiningSessions`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    pub fn get_role_mining_sessions(&self) -> GetRoleMiningSessions {
        GetRoleMiningSessions {
            client: self.client.clone(),
            filters: None,
            sorters: None,
            offset: None,
            limit: None,
            count: None,
        }
    }
    /// Retrieves all saved potential roles
    ///
    /// This method returns all saved potential roles (draft roles).
    ///
    /// `GET /role-mining-potential-roles/saved` (operation `getSavedPotentialRoles`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    pub fn get_saved_potential_roles(&self) -> GetSavedPotentialRoles {
        GetSavedPotentialRoles {
            client: self.client.clone(),
            sorters: None,
            offset: None,
            limit: None,
            count: None,
        }
    }
    /// Update a potential role
    ///
    /// The method updates an existing potential role using.
    ///
    /// The following fields can be modified:
    ///
    /// * `description`
    ///
    /// * `name`
    ///
    /// * `saved`
    ///
    /// >**NOTE: All other fields cannot be modified.**
    ///
    /// `PATCH /role-mining-potential-roles/{potentialRoleId}` (operation `patchPotentialRole`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `potential_role_id`: The potential role summary id Example: `"8c190e67-87aa-4ed9-a90b-d9d5344523fb"`.
    /// - `body`: The request body (`application/json-patch+json`).
    pub fn patch_potential_role(
        &self,
        potential_role_id: impl Into<String>,
        body: Vec<models::JsonPatchOperationRoleMining>,
    ) -> PatchPotentialRole {
        PatchPotentialRole {
            client: self.client.clone(),
            potential_role_id: potential_role_id.into(),
            body,
        }
    }
    /// Update a potential role session
    ///
    /// The method updates an existing potential role using.
    ///
    /// The following fields can be modified:
    ///
    /// * `description`
    ///
    /// * `name`
    ///
    /// * `saved`
    ///
    /// >**NOTE: All other fields cannot be modified.**
    ///
    /// `PATCH /role-mining-sessions/{sessionId}/potential-role-summaries/{potentialRoleId}` (operation `patchPotentialRoleSession`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `session_id`: The role mining session id Example: `"8c190e67-87aa-4ed9-a90b-d9d5344523fb"`.
    /// - `potential_role_id`: The potential role summary id Example: `"8c190e67-87aa-4ed9-a90b-d9d5344523fb"`.
    /// - `body`: The request body (`application/json-patch+json`).
    pub fn patch_potential_role_session(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
        body: Vec<models::JsonPatchOperationRoleMining>,
    ) -> PatchPotentialRoleSession {
        PatchPotentialRoleSession {
            client: self.client.clone(),
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
            body,
        }
    }
    /// Patch a role mining session
    ///
    /// The  method updates an existing role mining session using PATCH. Supports op in {"replace"} and changes to pruneThreshold and/or minNumIdentitiesInPotentialRole. The potential roles in this role mining session is then re-calculated.
    ///
    /// `PATCH /role-mining-sessions/{sessionId}` (operation `patchRoleMiningSession`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `session_id`: The role mining session id to be patched Example: `"8c190e67-87aa-4ed9-a90b-d9d5344523fb"`.
    /// - `body`: Replace pruneThreshold and/or minNumIdentitiesInPotentialRole in role mining session. Update saved status or saved name for a role mining session.
    pub fn patch_role_mining_session(
        &self,
        session_id: impl Into<String>,
        body: Vec<models::JsonPatchOperation>,
    ) -> PatchRoleMiningSession {
        PatchRoleMiningSession {
            client: self.client.clone(),
            session_id: session_id.into(),
            body,
        }
    }
    /// Edit entitlements for a potential role to exclude some entitlements
    ///
    /// This endpoint adds or removes entitlements from an exclusion list for a potential role.
    ///
    /// `POST /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/edit-entitlements` (operation `updateEntitlementsPotentialRole`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `session_id`: The role mining session id Example: `"8c190e67-87aa-4ed9-a90b-d9d5344523fb"`.
    /// - `potential_role_id`: A potential role id in a role mining session Example: `"8c190e67-87aa-4ed9-a90b-d9d5344523fb"`.
    /// - `body`: Role mining session parameters
    pub fn update_entitlements_potential_role(
        &self,
        session_id: impl Into<String>,
        potential_role_id: impl Into<String>,
        body: models::RoleMiningPotentialRoleEditEntitlements,
    ) -> UpdateEntitlementsPotentialRole {
        UpdateEntitlementsPotentialRole {
            client: self.client.clone(),
            session_id: session_id.into(),
            potential_role_id: potential_role_id.into(),
            body,
        }
    }
}
/// Request builder of [`IaiRoleMiningApi::create_potential_role_provision_request`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreatePotentialRoleProvisionRequest {
    client: crate::Client,
    session_id: String,
    potential_role_id: String,
    min_entitlement_popularity: Option<i64>,
    include_common_access: Option<bool>,
    body: Option<models::RoleMiningPotentialRoleProvisionRequest>,
}
impl CreatePotentialRoleProvisionRequest {
    /// Minimum popularity required for an entitlement to be included in the provisioned role.
    ///
    /// Default: `0`.
    pub fn min_entitlement_popularity(mut self, value: i64) -> Self {
        self.min_entitlement_popularity = Some(value);
        self
    }
    /// Boolean determining whether common access entitlements will be included in the provisioned role.
    ///
    /// Default: `true`.
    pub fn include_common_access(mut self, value: bool) -> Self {
        self.include_common_access = Some(value);
        self
    }
    /// Required information to create a new role
    pub fn body(
        mut self,
        value: models::RoleMiningPotentialRoleProvisionRequest,
    ) -> Self {
        self.body = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/role-mining-sessions/",
            &runtime::encode::path_param(&self.session_id, false)?,
            "/potential-roles/",
            &runtime::encode::path_param(&self.potential_role_id, false)?,
            "/provision",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        if let Some(v) = &self.min_entitlement_popularity {
            req = req.query("min-entitlement-popularity", v, "form", true)?;
        }
        if let Some(v) = &self.include_common_access {
            req = req.query("include-common-access", v, "form", true)?;
        }
        req = req
            .experimental(
                "createPotentialRoleProvisionRequest",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        if let Some(body) = &self.body {
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::RoleMiningPotentialRoleSummary>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreatePotentialRoleProvisionRequest, models::RoleMiningPotentialRoleSummary,
    CreatePotentialRoleProvisionRequestError
);
/// The errors of [`CreatePotentialRoleProvisionRequest`]: [`crate::errors::Error400_401_403_404_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreatePotentialRoleProvisionRequestError = crate::errors::Error400_401_403_404_500;
/// Request builder of [`IaiRoleMiningApi::create_role_mining_sessions`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateRoleMiningSessions {
    client: crate::Client,
    body: models::RoleMiningSessionDto,
}
impl CreateRoleMiningSessions {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/role-mining-sessions".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "createRoleMiningSessions",
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
        Output = runtime::Result<models::RoleMiningSessionResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateRoleMiningSessions, models::RoleMiningSessionResponse,
    CreateRoleMiningSessionsError
);
/// The errors of [`CreateRoleMiningSessions`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateRoleMiningSessionsError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`IaiRoleMiningApi::download_role_mining_potential_role_zip`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DownloadRoleMiningPotentialRoleZip {
    client: crate::Client,
    session_id: String,
    potential_role_id: String,
    export_id: String,
}
impl DownloadRoleMiningPotentialRoleZip {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/role-mining-sessions/",
            &runtime::encode::path_param(&self.session_id, false)?,
            "/potential-roles/",
            &runtime::encode::path_param(&self.potential_role_id, false)?,
            "/export-async/",
            &runtime::encode::path_param(&self.export_id, false)?,
            "/download",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "downloadRoleMiningPotentialRoleZip",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/zip, application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<runtime::bytes::Bytes>,
    > + Send + 'static {
        resp.bytes()
    }
}
runtime::send_methods!(
    DownloadRoleMiningPotentialRoleZip, runtime::bytes::Bytes,
    DownloadRoleMiningPotentialRoleZipError
);
/// The errors of [`DownloadRoleMiningPotentialRoleZip`]: [`crate::errors::Error400_401_403_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DownloadRoleMiningPotentialRoleZipError = crate::errors::Error400_401_403_500;
/// Request builder of [`IaiRoleMiningApi::export_role_mining_potential_role`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ExportRoleMiningPotentialRole {
    client: crate::Client,
    session_id: String,
    potential_role_id: String,
}
impl ExportRoleMiningPotentialRole {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/role-mining-sessions/",
            &runtime::encode::path_param(&self.session_id, false)?,
            "/potential-roles/",
            &runtime::encode::path_param(&self.potential_role_id, false)?,
            "/export",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "exportRoleMiningPotentialRole",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/zip, application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<runtime::bytes::Bytes>,
    > + Send + 'static {
        resp.bytes()
    }
}
runtime::send_methods!(
    ExportRoleMiningPotentialRole, runtime::bytes::Bytes,
    ExportRoleMiningPotentialRoleError
);
/// The errors of [`ExportRoleMiningPotentialRole`]: [`crate::errors::Error400_401_403_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ExportRoleMiningPotentialRoleError = crate::errors::Error400_401_403_500;
/// Request builder of [`IaiRoleMiningApi::export_role_mining_potential_role_async`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ExportRoleMiningPotentialRoleAsync {
    client: crate::Client,
    session_id: String,
    potential_role_id: String,
    body: Option<models::RoleMiningPotentialRoleExportRequest>,
}
impl ExportRoleMiningPotentialRoleAsync {
    /// The request body (`application/json`).
    pub fn body(mut self, value: models::RoleMiningPotentialRoleExportRequest) -> Self {
        self.body = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/role-mining-sessions/",
            &runtime::encode::path_param(&self.session_id, false)?,
            "/potential-roles/",
            &runtime::encode::path_param(&self.potential_role_id, false)?,
            "/export-async",
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
                "exportRoleMiningPotentialRoleAsync",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        if let Some(body) = &self.body {
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::RoleMiningPotentialRoleExportResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    ExportRoleMiningPotentialRoleAsync, models::RoleMiningPotentialRoleExportResponse,
    ExportRoleMiningPotentialRoleAsyncError
);
/// The errors of [`ExportRoleMiningPotentialRoleAsync`]: [`crate::errors::Error400_401_403_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ExportRoleMiningPotentialRoleAsyncError = crate::errors::Error400_401_403_500;
/// Request builder of [`IaiRoleMiningApi::export_role_mining_potential_role_status`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ExportRoleMiningPotentialRoleStatus {
    client: crate::Client,
    session_id: String,
    potential_role_id: String,
    export_id: String,
}
impl ExportRoleMiningPotentialRoleStatus {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/role-mining-sessions/",
            &runtime::encode::path_param(&self.session_id, false)?,
            "/potential-roles/",
            &runtime::encode::path_param(&self.potential_role_id, false)?,
            "/export-async/",
            &runtime::encode::path_param(&self.export_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "exportRoleMiningPotentialRoleStatus",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::RoleMiningPotentialRoleExportResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    ExportRoleMiningPotentialRoleStatus, models::RoleMiningPotentialRoleExportResponse,
    ExportRoleMiningPotentialRoleStatusError
);
/// The errors of [`ExportRoleMiningPotentialRoleStatus`]: [`crate::errors::Error400_401_403_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ExportRoleMiningPotentialRoleStatusError = crate::errors::Error400_401_403_500;
/// Request builder of [`IaiRoleMiningApi::get_all_potential_role_summaries`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetAllPotentialRoleSummaries {
    client: crate::Client,
    sorters: Option<String>,
    filters: Option<String>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
}
impl GetAllPotentialRoleSummaries {
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **createdDate, identityCount, entitlementCount, freshness, quality**
    ///
    /// Example: `"createdDate"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **createdById**: *eq, sw, co*
    ///
    /// **createdByName**: *eq, sw, co*
    ///
    /// **description**: *sw, co*
    ///
    /// **endDate**: *le, lt*
    ///
    /// **freshness**: *eq, ge, gt, le, lt*
    ///
    /// **name**: *eq, sw, co, ge, gt, le, lt*
    ///
    /// **quality**: *eq, ge, gt, le, lt*
    ///
    /// **startDate**: *ge, gt*
    ///
    /// **saved**: *eq*
    ///
    /// **type**: *eq, ge, gt, le, lt*
    ///
    /// **scopingMethod**: *eq*
    ///
    /// **sessionState**: *eq*
    ///
    /// **identityAttribute**: *co*
    ///
    /// Example: `"(createdByName co \"int\") and (createdById sw \"2c9180907\") and (type eq \"COMMON\") and ((name co \"entt\") or (saved eq true))"`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
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
        let path = "/role-mining-potential-roles".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        req = req
            .experimental(
                "getAllPotentialRoleSummaries",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::RoleMiningPotentialRoleSummary>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::RoleMiningPotentialRoleSummary>,
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
        runtime::Result<models::RoleMiningPotentialRoleSummary>,
    > {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::RoleMiningPotentialRoleSummary>,
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
    GetAllPotentialRoleSummaries, Vec < models::RoleMiningPotentialRoleSummary >,
    GetAllPotentialRoleSummariesError
);
/// The errors of [`GetAllPotentialRoleSummaries`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetAllPotentialRoleSummariesError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`IaiRoleMiningApi::get_entitlement_distribution_potential_role`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetEntitlementDistributionPotentialRole {
    client: crate::Client,
    session_id: String,
    potential_role_id: String,
    include_common_access: Option<bool>,
}
impl GetEntitlementDistributionPotentialRole {
    /// Boolean determining whether common access entitlements will be included or not
    pub fn include_common_access(mut self, value: bool) -> Self {
        self.include_common_access = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/role-mining-sessions/",
            &runtime::encode::path_param(&self.session_id, false)?,
            "/potential-roles/",
            &runtime::encode::path_param(&self.potential_role_id, false)?,
            "/entitlement-popularity-distribution",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.include_common_access {
            req = req.query("includeCommonAccess", v, "form", true)?;
        }
        req = req
            .experimental(
                "getEntitlementDistributionPotentialRole",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::indexmap::IndexMap<String, i64>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetEntitlementDistributionPotentialRole, models::indexmap::IndexMap < String, i64 >,
    GetEntitlementDistributionPotentialRoleError
);
/// The errors of [`GetEntitlementDistributionPotentialRole`]: [`crate::errors::Error400_401_403_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetEntitlementDistributionPotentialRoleError = crate::errors::Error400_401_403_500;
/// Request builder of [`IaiRoleMiningApi::get_entitlements_potential_role`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetEntitlementsPotentialRole {
    client: crate::Client,
    session_id: String,
    potential_role_id: String,
    include_common_access: Option<bool>,
    sorters: Option<String>,
    filters: Option<String>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
}
impl GetEntitlementsPotentialRole {
    /// Boolean determining whether common access entitlements will be included or not
    ///
    /// Default: `true`.
    ///
    /// Example: `true`.
    pub fn include_common_access(mut self, value: bool) -> Self {
        self.include_common_access = Some(value);
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **popularity, entitlementName, applicationName**
    ///
    /// The default sort is **popularity** in descending order.
    ///
    /// Example: `"popularity"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **applicationName**: *sw*
    ///
    /// **entitlementRef.name**: *sw*
    ///
    /// Example: `"applicationName sw \"AD\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
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
            "/role-mining-sessions/",
            &runtime::encode::path_param(&self.session_id, false)?,
            "/potential-roles/",
            &runtime::encode::path_param(&self.potential_role_id, false)?,
            "/entitlement-popularities",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.include_common_access {
            req = req.query("includeCommonAccess", v, "form", true)?;
        }
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        req = req
            .experimental(
                "getEntitlementsPotentialRole",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::RoleMiningEntitlement>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::RoleMiningEntitlement>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::RoleMiningEntitlement>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::RoleMiningEntitlement>> {
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
    GetEntitlementsPotentialRole, Vec < models::RoleMiningEntitlement >,
    GetEntitlementsPotentialRoleError
);
/// The errors of [`GetEntitlementsPotentialRole`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetEntitlementsPotentialRoleError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`IaiRoleMiningApi::get_excluded_entitlements_potential_role`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetExcludedEntitlementsPotentialRole {
    client: crate::Client,
    session_id: String,
    potential_role_id: String,
    sorters: Option<String>,
    filters: Option<String>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
}
impl GetExcludedEntitlementsPotentialRole {
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **popularity**
    ///
    /// Example: `"populariity"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **applicationName**: *sw*
    ///
    /// **entitlementRef.name**: *sw*
    ///
    /// Example: `"applicationName sw \"AD\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
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
            "/role-mining-sessions/",
            &runtime::encode::path_param(&self.session_id, false)?,
            "/potential-roles/",
            &runtime::encode::path_param(&self.potential_role_id, false)?,
            "/excluded-entitlements",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        req = req
            .experimental(
                "getExcludedEntitlementsPotentialRole",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::RoleMiningEntitlement>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::RoleMiningEntitlement>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::RoleMiningEntitlement>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::RoleMiningEntitlement>> {
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
    GetExcludedEntitlementsPotentialRole, Vec < models::RoleMiningEntitlement >,
    GetExcludedEntitlementsPotentialRoleError
);
/// The errors of [`GetExcludedEntitlementsPotentialRole`]: [`crate::errors::Error400_401_403_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetExcludedEntitlementsPotentialRoleError = crate::errors::Error400_401_403_500;
/// Request builder of [`IaiRoleMiningApi::get_identities_potential_role`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetIdentitiesPotentialRole {
    client: crate::Client,
    session_id: String,
    potential_role_id: String,
    sorters: Option<String>,
    filters: Option<String>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
}
impl GetIdentitiesPotentialRole {
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **name**
    ///
    /// Example: `"name"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **name**: *sw*
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
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
            "/role-mining-sessions/",
            &runtime::encode::path_param(&self.session_id, false)?,
            "/potential-roles/",
            &runtime::encode::path_param(&self.potential_role_id, false)?,
            "/identities",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        req = req
            .experimental(
                "getIdentitiesPotentialRole",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::RoleMiningIdentity>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::RoleMiningIdentity>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::RoleMiningIdentity>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::RoleMiningIdentity>> {
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
    GetIdentitiesPotentialRole, Vec < models::RoleMiningIdentity >,
    GetIdentitiesPotentialRoleError
);
/// The errors of [`GetIdentitiesPotentialRole`]: [`crate::errors::Error400_401_403_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetIdentitiesPotentialRoleError = crate::errors::Error400_401_403_500;
/// Request builder of [`IaiRoleMiningApi::get_potential_role`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetPotentialRole {
    client: crate::Client,
    session_id: String,
    potential_role_id: String,
}
impl GetPotentialRole {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/role-mining-sessions/",
            &runtime::encode::path_param(&self.session_id, false)?,
            "/potential-role-summaries/",
            &runtime::encode::path_param(&self.potential_role_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.experimental("getPotentialRole", "X-SailPoint-Experimental", "true")?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::RoleMiningPotentialRole>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetPotentialRole, models::RoleMiningPotentialRole, GetPotentialRoleError
);
/// The errors of [`GetPotentialRole`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetPotentialRoleError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`IaiRoleMiningApi::get_potential_role_applications`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetPotentialRoleApplications {
    client: crate::Client,
    filters: Option<String>,
    session_id: String,
    potential_role_id: String,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
}
impl GetPotentialRoleApplications {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **applicationName**: *sw*
    ///
    /// Example: `"applicationName sw \"test\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
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
            "/role-mining-sessions/",
            &runtime::encode::path_param(&self.session_id, false)?,
            "/potential-role-summaries/",
            &runtime::encode::path_param(&self.potential_role_id, false)?,
            "/applications",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        req = req
            .experimental(
                "getPotentialRoleApplications",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::RoleMiningPotentialRoleApplication>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::RoleMiningPotentialRoleApplication>,
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
        runtime::Result<models::RoleMiningPotentialRoleApplication>,
    > {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::RoleMiningPotentialRoleApplication>,
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
    GetPotentialRoleApplications, Vec < models::RoleMiningPotentialRoleApplication >,
    GetPotentialRoleApplicationsError
);
/// The errors of [`GetPotentialRoleApplications`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetPotentialRoleApplicationsError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`IaiRoleMiningApi::get_potential_role_entitlements`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetPotentialRoleEntitlements {
    client: crate::Client,
    filters: Option<String>,
    session_id: String,
    potential_role_id: String,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
}
impl GetPotentialRoleEntitlements {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **entitlementRef.name**: *sw*
    ///
    /// Example: `"entitlementRef.name sw \"test\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
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
            "/role-mining-sessions/",
            &runtime::encode::path_param(&self.session_id, false)?,
            "/potential-role-summaries/",
            &runtime::encode::path_param(&self.potential_role_id, false)?,
            "/entitlements",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        req = req
            .experimental(
                "getPotentialRoleEntitlements",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::RoleMiningPotentialRoleEntitlements>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::RoleMiningPotentialRoleEntitlements>,
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
        runtime::Result<models::RoleMiningPotentialRoleEntitlements>,
    > {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::RoleMiningPotentialRoleEntitlements>,
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
    GetPotentialRoleEntitlements, Vec < models::RoleMiningPotentialRoleEntitlements >,
    GetPotentialRoleEntitlementsError
);
/// The errors of [`GetPotentialRoleEntitlements`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetPotentialRoleEntitlementsError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`IaiRoleMiningApi::get_potential_role_source_identity_usage`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetPotentialRoleSourceIdentityUsage {
    client: crate::Client,
    potential_role_id: String,
    source_id: String,
    sorters: Option<String>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
}
impl GetPotentialRoleSourceIdentityUsage {
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters/) Sorting is supported for the following fields: **displayName, email, usageCount**
    ///
    /// Example: `"-usageCount"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
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
            "/role-mining-potential-roles/",
            &runtime::encode::path_param(&self.potential_role_id, false)?,
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/identityUsage",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        req = req
            .experimental(
                "getPotentialRoleSourceIdentityUsage",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::RoleMiningPotentialRoleSourceUsage>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::RoleMiningPotentialRoleSourceUsage>,
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
        runtime::Result<models::RoleMiningPotentialRoleSourceUsage>,
    > {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::RoleMiningPotentialRoleSourceUsage>,
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
    GetPotentialRoleSourceIdentityUsage, Vec < models::RoleMiningPotentialRoleSourceUsage
    >, GetPotentialRoleSourceIdentityUsageError
);
/// The errors of [`GetPotentialRoleSourceIdentityUsage`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetPotentialRoleSourceIdentityUsageError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`IaiRoleMiningApi::get_potential_role_summaries`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetPotentialRoleSummaries {
    client: crate::Client,
    session_id: String,
    sorters: Option<String>,
    filters: Option<String>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
}
impl GetPotentialRoleSummaries {
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **createdDate**
    ///
    /// Example: `"createdDate"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **createdById**: *eq, sw, co*
    ///
    /// **createdByName**: *eq, sw, co*
    ///
    /// **description**: *sw, co*
    ///
    /// **endDate**: *le, lt*
    ///
    /// **freshness**: *eq, ge, gt, le, lt*
    ///
    /// **name**: *eq, sw, co*
    ///
    /// **quality**: *eq, ge, gt, le, lt*
    ///
    /// **startDate**: *ge, gt*
    ///
    /// **saved**: *eq*
    ///
    /// **type**: *eq*
    ///
    /// Example: `"(createdByName co \"int\")and (createdById sw \"2c9180907\")and (type eq \"COMMON\")and ((name co \"entt\")or (saved eq true))"`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
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
            "/role-mining-sessions/",
            &runtime::encode::path_param(&self.session_id, false)?,
            "/potential-role-summaries",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        req = req
            .experimental(
                "getPotentialRoleSummaries",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::RoleMiningPotentialRoleSummary>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::RoleMiningPotentialRoleSummary>,
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
        runtime::Result<models::RoleMiningPotentialRoleSummary>,
    > {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::RoleMiningPotentialRoleSummary>,
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
    GetPotentialRoleSummaries, Vec < models::RoleMiningPotentialRoleSummary >,
    GetPotentialRoleSummariesError
);
/// The errors of [`GetPotentialRoleSummaries`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetPotentialRoleSummariesError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`IaiRoleMiningApi::get_role_mining_potential_role`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetRoleMiningPotentialRole {
    client: crate::Client,
    potential_role_id: String,
}
impl GetRoleMiningPotentialRole {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/role-mining-potential-roles/",
            &runtime::encode::path_param(&self.potential_role_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "getRoleMiningPotentialRole",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::RoleMiningPotentialRole>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetRoleMiningPotentialRole, models::RoleMiningPotentialRole,
    GetRoleMiningPotentialRoleError
);
/// The errors of [`GetRoleMiningPotentialRole`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetRoleMiningPotentialRoleError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`IaiRoleMiningApi::get_role_mining_session`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetRoleMiningSession {
    client: crate::Client,
    session_id: String,
}
impl GetRoleMiningSession {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/role-mining-sessions/",
            &runtime::encode::path_param(&self.session_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req
            .experimental("getRoleMiningSession", "X-SailPoint-Experimental", "true")?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::RoleMiningSessionResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetRoleMiningSession, models::RoleMiningSessionResponse, GetRoleMiningSessionError
);
/// The errors of [`GetRoleMiningSession`]: one variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetRoleMiningSessionError {
    /// HTTP 400: Client Error - Returned if the request body is invalid.
    BadRequest(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
    /// HTTP 401: Client Error - Returned if the request body is invalid.
    Unauthorized(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
    /// HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
    Forbidden(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
    /// HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
    NotFound(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
    /// HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
    TooManyRequests(Box<runtime::TypedApiError<models::TooManyRequests>>),
    /// HTTP 500: Internal Server Error - Returned if there is an unexpected error.
    InternalServerError(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
    /// An answer the spec does not describe: an undocumented status, or a body that
    /// does not decode as documented.
    Unexpected(Box<runtime::ApiError>),
    /// No answer to decode: transport, timeout, authentication, configuration, or a
    /// success body that does not decode.
    Other(runtime::Error),
}
runtime::operation_error!(
    GetRoleMiningSessionError { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden,
    404 => NotFound, 429 => TooManyRequests, 500 => InternalServerError }
);
/// Request builder of [`IaiRoleMiningApi::get_role_mining_session_status`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetRoleMiningSessionStatus {
    client: crate::Client,
    session_id: String,
}
impl GetRoleMiningSessionStatus {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/role-mining-sessions/",
            &runtime::encode::path_param(&self.session_id, false)?,
            "/status",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "getRoleMiningSessionStatus",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::RoleMiningSessionStatus>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetRoleMiningSessionStatus, models::RoleMiningSessionStatus,
    GetRoleMiningSessionStatusError
);
/// The errors of [`GetRoleMiningSessionStatus`]: [`crate::errors::Error400_401_403_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetRoleMiningSessionStatusError = crate::errors::Error400_401_403_500;
/// Request builder of [`IaiRoleMiningApi::get_role_mining_sessions`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetRoleMiningSessions {
    client: crate::Client,
    filters: Option<String>,
    sorters: Option<String>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
}
impl GetRoleMiningSessions {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **saved**: *eq*
    ///
    /// **name**: *eq, sw*
    ///
    /// Example: `"saved eq \"true\" and name sw \"RM Session\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **createdBy, createdDate**
    ///
    /// Example: `"createdBy,createdDate"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
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
        let path = "/role-mining-sessions".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        req = req
            .experimental("getRoleMiningSessions", "X-SailPoint-Experimental", "true")?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::RoleMiningSessionDto>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::RoleMiningSessionDto>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::RoleMiningSessionDto>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::RoleMiningSessionDto>> {
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
    GetRoleMiningSessions, Vec < models::RoleMiningSessionDto >,
    GetRoleMiningSessionsError
);
/// The errors of [`GetRoleMiningSessions`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetRoleMiningSessionsError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`IaiRoleMiningApi::get_saved_potential_roles`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSavedPotentialRoles {
    client: crate::Client,
    sorters: Option<String>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
}
impl GetSavedPotentialRoles {
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters/) Sorting is supported for the following fields: **modified**
    ///
    /// Example: `"modified"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
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
        let path = "/role-mining-potential-roles/saved".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        req = req
            .experimental("getSavedPotentialRoles", "X-SailPoint-Experimental", "true")?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::RoleMiningSessionDraftRoleDto>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::RoleMiningSessionDraftRoleDto>,
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
        runtime::Result<models::RoleMiningSessionDraftRoleDto>,
    > {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::RoleMiningSessionDraftRoleDto>,
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
    GetSavedPotentialRoles, Vec < models::RoleMiningSessionDraftRoleDto >,
    GetSavedPotentialRolesError
);
/// The errors of [`GetSavedPotentialRoles`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetSavedPotentialRolesError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`IaiRoleMiningApi::patch_potential_role`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchPotentialRole {
    client: crate::Client,
    potential_role_id: String,
    body: Vec<models::JsonPatchOperationRoleMining>,
}
impl PatchPotentialRole {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/role-mining-potential-roles/",
            &runtime::encode::path_param(&self.potential_role_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::PATCH,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req
            .experimental("patchPotentialRole", "X-SailPoint-Experimental", "true")?;
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
        Output = runtime::Result<
            models::primitives::OneOrMany<models::RoleMiningPotentialRole>,
        >,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PatchPotentialRole, models::primitives::OneOrMany < models::RoleMiningPotentialRole
    >, PatchPotentialRoleError
);
/// The errors of [`PatchPotentialRole`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PatchPotentialRoleError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`IaiRoleMiningApi::patch_potential_role_session`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchPotentialRoleSession {
    client: crate::Client,
    session_id: String,
    potential_role_id: String,
    body: Vec<models::JsonPatchOperationRoleMining>,
}
impl PatchPotentialRoleSession {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/role-mining-sessions/",
            &runtime::encode::path_param(&self.session_id, false)?,
            "/potential-role-summaries/",
            &runtime::encode::path_param(&self.potential_role_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::PATCH,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "patchPotentialRoleSession",
                "X-SailPoint-Experimental",
                "true",
            )?;
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
        Output = runtime::Result<
            models::primitives::OneOrMany<models::RoleMiningPotentialRole>,
        >,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PatchPotentialRoleSession, models::primitives::OneOrMany <
    models::RoleMiningPotentialRole >, PatchPotentialRoleSessionError
);
/// The errors of [`PatchPotentialRoleSession`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PatchPotentialRoleSessionError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`IaiRoleMiningApi::patch_role_mining_session`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchRoleMiningSession {
    client: crate::Client,
    session_id: String,
    body: Vec<models::JsonPatchOperation>,
}
impl PatchRoleMiningSession {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/role-mining-sessions/",
            &runtime::encode::path_param(&self.session_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::PATCH,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req
            .experimental("patchRoleMiningSession", "X-SailPoint-Experimental", "true")?;
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
        Output = runtime::Result<models::serde_json::Value>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PatchRoleMiningSession, models::serde_json::Value, PatchRoleMiningSessionError
);
/// The errors of [`PatchRoleMiningSession`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PatchRoleMiningSessionError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`IaiRoleMiningApi::update_entitlements_potential_role`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateEntitlementsPotentialRole {
    client: crate::Client,
    session_id: String,
    potential_role_id: String,
    body: models::RoleMiningPotentialRoleEditEntitlements,
}
impl UpdateEntitlementsPotentialRole {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/role-mining-sessions/",
            &runtime::encode::path_param(&self.session_id, false)?,
            "/potential-roles/",
            &runtime::encode::path_param(&self.potential_role_id, false)?,
            "/edit-entitlements",
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
                "updateEntitlementsPotentialRole",
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
        Output = runtime::Result<models::RoleMiningPotentialRole>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    UpdateEntitlementsPotentialRole, models::RoleMiningPotentialRole,
    UpdateEntitlementsPotentialRoleError
);
/// The errors of [`UpdateEntitlementsPotentialRole`]: [`crate::errors::Error400_401_403_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateEntitlementsPotentialRoleError = crate::errors::Error400_401_403_500;
