/// The type of provisioning policy usage.
/// In IdentityNow, a source can support various provisioning operations. For example, when a joiner is added to a source, this may trigger both CREATE and UPDATE provisioning operations.  Each usage type is considered a provisioning policy.  A source can have any number of these provisioning policies defined.
/// These are the common usage types:
/// CREATE - This usage type relates to 'Create Account Profile', the provisioning template for the account to be created. For example, this would be used for a joiner on a source.
/// UPDATE - This usage type relates to 'Update Account Profile', the provisioning template for the 'Update' connector operations. For example, this would be used for an attribute sync on a source.
/// ENABLE - This usage type relates to 'Enable Account Profile', the provisioning template for the account to be enabled. For example, this could be used for a joiner on a source once the joiner's account is created.
/// DISABLE - This usage type relates to 'Disable Account Profile', the provisioning template for the account to be disabled. For example, this could be used when a leaver is removed temporarily from a source.
/// You can use these four usage types for all your provisioning policy needs.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UsageType {
    /// `CREATE`
    Create,
    /// `UPDATE`
    Update,
    /// `ENABLE`
    Enable,
    /// `DISABLE`
    Disable,
    /// `DELETE`
    Delete,
    /// `ASSIGN`
    Assign,
    /// `UNASSIGN`
    Unassign,
    /// `CREATE_GROUP`
    CreateGroup,
    /// `UPDATE_GROUP`
    UpdateGroup,
    /// `DELETE_GROUP`
    DeleteGroup,
    /// `REGISTER`
    Register,
    /// `CREATE_IDENTITY`
    CreateIdentity,
    /// `UPDATE_IDENTITY`
    UpdateIdentity,
    /// `EDIT_GROUP`
    EditGroup,
    /// `UNLOCK`
    Unlock,
    /// `CHANGE_PASSWORD`
    ChangePassword,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl UsageType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Create => "CREATE",
            Self::Update => "UPDATE",
            Self::Enable => "ENABLE",
            Self::Disable => "DISABLE",
            Self::Delete => "DELETE",
            Self::Assign => "ASSIGN",
            Self::Unassign => "UNASSIGN",
            Self::CreateGroup => "CREATE_GROUP",
            Self::UpdateGroup => "UPDATE_GROUP",
            Self::DeleteGroup => "DELETE_GROUP",
            Self::Register => "REGISTER",
            Self::CreateIdentity => "CREATE_IDENTITY",
            Self::UpdateIdentity => "UPDATE_IDENTITY",
            Self::EditGroup => "EDIT_GROUP",
            Self::Unlock => "UNLOCK",
            Self::ChangePassword => "CHANGE_PASSWORD",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for UsageType {
    fn from(value: &str) -> Self {
        match value {
            "CREATE" => Self::Create,
            "UPDATE" => Self::Update,
            "ENABLE" => Self::Enable,
            "DISABLE" => Self::Disable,
            "DELETE" => Self::Delete,
            "ASSIGN" => Self::Assign,
            "UNASSIGN" => Self::Unassign,
            "CREATE_GROUP" => Self::CreateGroup,
            "UPDATE_GROUP" => Self::UpdateGroup,
            "DELETE_GROUP" => Self::DeleteGroup,
            "REGISTER" => Self::Register,
            "CREATE_IDENTITY" => Self::CreateIdentity,
            "UPDATE_IDENTITY" => Self::UpdateIdentity,
            "EDIT_GROUP" => Self::EditGroup,
            "UNLOCK" => Self::Unlock,
            "CHANGE_PASSWORD" => Self::ChangePassword,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(UsageType);
