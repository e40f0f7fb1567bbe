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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AuthUser {
    /// Builds a `AuthUser` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AuthUser {
    tenant: optional::<String>(tenant),
    id: optional::<String>(id),
    uid: optional::<String>(uid),
    profile: optional::<String>(profile),
    identification_number: nullable::<String>(identification_number, identification_number_null),
    email: nullable::<String>(email, email_null),
    phone: nullable::<String>(phone, phone_null),
    work_phone: nullable::<String>(work_phone, work_phone_null),
    personal_email: nullable::<String>(personal_email, personal_email_null),
    firstname: nullable::<String>(firstname, firstname_null),
    lastname: nullable::<String>(lastname, lastname_null),
    display_name: optional::<String>(display_name),
    alias: optional::<String>(alias),
    last_password_change_date: nullable::<crate::primitives::DateTime>(last_password_change_date, last_password_change_date_null),
    last_login_timestamp: optional::<i64>(last_login_timestamp),
    current_login_timestamp: optional::<i64>(current_login_timestamp),
    last_unlock_timestamp: nullable::<crate::primitives::DateTime>(last_unlock_timestamp, last_unlock_timestamp_null),
    capabilities: nullable::<Vec<crate::AuthUserCapabilitiesItem>>(capabilities, capabilities_null),
});
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
