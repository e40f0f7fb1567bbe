#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuthUser {
    /// Tenant name.
    pub tenant: Option<String>,
    /// Identity ID.
    pub id: Option<String>,
    /// Identity's unique identitifier.
    pub uid: Option<String>,
    /// ID of the auth profile associated with the auth user.
    pub profile: Option<String>,
    /// Auth user's employee number.
    pub identification_number: Option<Option<String>>,
    /// Auth user's email.
    pub email: Option<Option<String>>,
    /// Auth user's phone number.
    pub phone: Option<Option<String>>,
    /// Auth user's work phone number.
    pub work_phone: Option<Option<String>>,
    /// Auth user's personal email.
    pub personal_email: Option<Option<String>>,
    /// Auth user's first name.
    pub firstname: Option<Option<String>>,
    /// Auth user's last name.
    pub lastname: Option<Option<String>>,
    /// Auth user's name in displayed format.
    pub display_name: Option<String>,
    /// Auth user's alias.
    pub alias: Option<String>,
    /// Date of last password change.
    pub last_password_change_date: Option<Option<crate::primitives::DateTime>>,
    /// Timestamp of the last login (long type value).
    pub last_login_timestamp: Option<i64>,
    /// Timestamp of the current login (long type value).
    pub current_login_timestamp: Option<i64>,
    /// The date and time when the user was last unlocked.
    pub last_unlock_timestamp: Option<Option<crate::primitives::DateTime>>,
    /// Array of the auth user's capabilities.
    pub capabilities: Option<Option<Vec<crate::AuthUserCapabilitiesItem>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AuthUser {
    /// Builds a `AuthUser` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `tenant`.
    pub fn tenant(mut self, value: impl Into<String>) -> Self {
        self.tenant = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `uid`.
    pub fn uid(mut self, value: impl Into<String>) -> Self {
        self.uid = Some(value.into());
        self
    }
    /// Sets `profile`.
    pub fn profile(mut self, value: impl Into<String>) -> Self {
        self.profile = Some(value.into());
        self
    }
    /// Sets `identification_number`.
    pub fn identification_number(mut self, value: impl Into<String>) -> Self {
        self.identification_number = Some(Some(value.into()));
        self
    }
    /// Sets `identification_number` to an explicit `null`.
    pub fn identification_number_null(mut self) -> Self {
        self.identification_number = Some(None);
        self
    }
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(Some(value.into()));
        self
    }
    /// Sets `email` to an explicit `null`.
    pub fn email_null(mut self) -> Self {
        self.email = Some(None);
        self
    }
    /// Sets `phone`.
    pub fn phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(Some(value.into()));
        self
    }
    /// Sets `phone` to an explicit `null`.
    pub fn phone_null(mut self) -> Self {
        self.phone = Some(None);
        self
    }
    /// Sets `work_phone`.
    pub fn work_phone(mut self, value: impl Into<String>) -> Self {
        self.work_phone = Some(Some(value.into()));
        self
    }
    /// Sets `work_phone` to an explicit `null`.
    pub fn work_phone_null(mut self) -> Self {
        self.work_phone = Some(None);
        self
    }
    /// Sets `personal_email`.
    pub fn personal_email(mut self, value: impl Into<String>) -> Self {
        self.personal_email = Some(Some(value.into()));
        self
    }
    /// Sets `personal_email` to an explicit `null`.
    pub fn personal_email_null(mut self) -> Self {
        self.personal_email = Some(None);
        self
    }
    /// Sets `firstname`.
    pub fn firstname(mut self, value: impl Into<String>) -> Self {
        self.firstname = Some(Some(value.into()));
        self
    }
    /// Sets `firstname` to an explicit `null`.
    pub fn firstname_null(mut self) -> Self {
        self.firstname = Some(None);
        self
    }
    /// Sets `lastname`.
    pub fn lastname(mut self, value: impl Into<String>) -> Self {
        self.lastname = Some(Some(value.into()));
        self
    }
    /// Sets `lastname` to an explicit `null`.
    pub fn lastname_null(mut self) -> Self {
        self.lastname = Some(None);
        self
    }
    /// Sets `display_name`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self
    }
    /// Sets `alias`.
    pub fn alias(mut self, value: impl Into<String>) -> Self {
        self.alias = Some(value.into());
        self
    }
    /// Sets `last_password_change_date`.
    pub fn last_password_change_date(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.last_password_change_date = Some(Some(value.into()));
        self
    }
    /// Sets `last_password_change_date` to an explicit `null`.
    pub fn last_password_change_date_null(mut self) -> Self {
        self.last_password_change_date = Some(None);
        self
    }
    /// Sets `last_login_timestamp`.
    pub fn last_login_timestamp(mut self, value: impl Into<i64>) -> Self {
        self.last_login_timestamp = Some(value.into());
        self
    }
    /// Sets `current_login_timestamp`.
    pub fn current_login_timestamp(mut self, value: impl Into<i64>) -> Self {
        self.current_login_timestamp = Some(value.into());
        self
    }
    /// Sets `last_unlock_timestamp`.
    pub fn last_unlock_timestamp(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.last_unlock_timestamp = Some(Some(value.into()));
        self
    }
    /// Sets `last_unlock_timestamp` to an explicit `null`.
    pub fn last_unlock_timestamp_null(mut self) -> Self {
        self.last_unlock_timestamp = Some(None);
        self
    }
    /// Sets `capabilities`.
    pub fn capabilities(
        mut self,
        value: impl Into<Vec<crate::AuthUserCapabilitiesItem>>,
    ) -> Self {
        self.capabilities = Some(Some(value.into()));
        self
    }
    /// Sets `capabilities` to an explicit `null`.
    pub fn capabilities_null(mut self) -> Self {
        self.capabilities = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(AuthUser {
    tenant: optional("tenant"),
    id: optional("id"),
    uid: optional("uid"),
    profile: optional("profile"),
    identification_number: nullable("identificationNumber"),
    email: nullable("email"),
    phone: nullable("phone"),
    work_phone: nullable("workPhone"),
    personal_email: nullable("personalEmail"),
    firstname: nullable("firstname"),
    lastname: nullable("lastname"),
    display_name: optional("displayName"),
    alias: optional("alias"),
    last_password_change_date: nullable("lastPasswordChangeDate"),
    last_login_timestamp: optional("lastLoginTimestamp"),
    current_login_timestamp: optional("currentLoginTimestamp"),
    last_unlock_timestamp: nullable("lastUnlockTimestamp"),
    capabilities: nullable("capabilities"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AuthUser {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.capabilities, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AuthUserCapabilitiesItem {
    /// `CERT_ADMIN`
    CertAdmin,
    /// `CLOUD_GOV_ADMIN`
    CloudGovAdmin,
    /// `CLOUD_GOV_USER`
    CloudGovUser,
    /// `HELPDESK`
    Helpdesk,
    /// `ORG_ADMIN`
    OrgAdmin,
    /// `REPORT_ADMIN`
    ReportAdmin,
    /// `ROLE_ADMIN`
    RoleAdmin,
    /// `ROLE_SUBADMIN`
    RoleSubadmin,
    /// `SAAS_MANAGEMENT_ADMIN`
    SaasManagementAdmin,
    /// `SAAS_MANAGEMENT_READER`
    SaasManagementReader,
    /// `SOURCE_ADMIN`
    SourceAdmin,
    /// `SOURCE_SUBADMIN`
    SourceSubadmin,
    /// `das:ui-administrator`
    DasUiAdministrator,
    /// `das:ui-compliance_manager`
    DasUiComplianceManager,
    /// `das:ui-auditor`
    DasUiAuditor,
    /// `das:ui-data-scope`
    DasUiDataScope,
    /// `sp:aic-dashboard-read`
    SpAicDashboardRead,
    /// `sp:aic-dashboard-write`
    SpAicDashboardWrite,
    /// `sp:ui-config-hub-admin`
    SpUiConfigHubAdmin,
    /// `sp:ui-config-hub-backup-admin`
    SpUiConfigHubBackupAdmin,
    /// `sp:ui-config-hub-read`
    SpUiConfigHubRead,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AuthUserCapabilitiesItem {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CertAdmin => "CERT_ADMIN",
            Self::CloudGovAdmin => "CLOUD_GOV_ADMIN",
            Self::CloudGovUser => "CLOUD_GOV_USER",
            Self::Helpdesk => "HELPDESK",
            Self::OrgAdmin => "ORG_ADMIN",
            Self::ReportAdmin => "REPORT_ADMIN",
            Self::RoleAdmin => "ROLE_ADMIN",
            Self::RoleSubadmin => "ROLE_SUBADMIN",
            Self::SaasManagementAdmin => "SAAS_MANAGEMENT_ADMIN",
            Self::SaasManagementReader => "SAAS_MANAGEMENT_READER",
            Self::SourceAdmin => "SOURCE_ADMIN",
            Self::SourceSubadmin => "SOURCE_SUBADMIN",
            Self::DasUiAdministrator => "das:ui-administrator",
            Self::DasUiComplianceManager => "das:ui-compliance_manager",
            Self::DasUiAuditor => "das:ui-auditor",
            Self::DasUiDataScope => "das:ui-data-scope",
            Self::SpAicDashboardRead => "sp:aic-dashboard-read",
            Self::SpAicDashboardWrite => "sp:aic-dashboard-write",
            Self::SpUiConfigHubAdmin => "sp:ui-config-hub-admin",
            Self::SpUiConfigHubBackupAdmin => "sp:ui-config-hub-backup-admin",
            Self::SpUiConfigHubRead => "sp:ui-config-hub-read",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AuthUserCapabilitiesItem {
    fn from(value: &str) -> Self {
        match value {
            "CERT_ADMIN" => Self::CertAdmin,
            "CLOUD_GOV_ADMIN" => Self::CloudGovAdmin,
            "CLOUD_GOV_USER" => Self::CloudGovUser,
            "HELPDESK" => Self::Helpdesk,
            "ORG_ADMIN" => Self::OrgAdmin,
            "REPORT_ADMIN" => Self::ReportAdmin,
            "ROLE_ADMIN" => Self::RoleAdmin,
            "ROLE_SUBADMIN" => Self::RoleSubadmin,
            "SAAS_MANAGEMENT_ADMIN" => Self::SaasManagementAdmin,
            "SAAS_MANAGEMENT_READER" => Self::SaasManagementReader,
            "SOURCE_ADMIN" => Self::SourceAdmin,
            "SOURCE_SUBADMIN" => Self::SourceSubadmin,
            "das:ui-administrator" => Self::DasUiAdministrator,
            "das:ui-compliance_manager" => Self::DasUiComplianceManager,
            "das:ui-auditor" => Self::DasUiAuditor,
            "das:ui-data-scope" => Self::DasUiDataScope,
            "sp:aic-dashboard-read" => Self::SpAicDashboardRead,
            "sp:aic-dashboard-write" => Self::SpAicDashboardWrite,
            "sp:ui-config-hub-admin" => Self::SpUiConfigHubAdmin,
            "sp:ui-config-hub-backup-admin" => Self::SpUiConfigHubBackupAdmin,
            "sp:ui-config-hub-read" => Self::SpUiConfigHubRead,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AuthUserCapabilitiesItem);
