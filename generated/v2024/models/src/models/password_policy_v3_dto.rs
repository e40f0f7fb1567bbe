#[derive(Debug, Clone, PartialEq, Default)]
pub struct PasswordPolicyV3Dto {
    /// The password policy Id.
    pub id: Option<String>,
    /// Description for current password policy.
    pub description: Option<Option<String>>,
    /// The name of the password policy.
    pub name: Option<String>,
    /// Date the Password Policy was created.
    pub date_created: Option<i64>,
    /// Date the Password Policy was updated.
    pub last_updated: Option<Option<i64>>,
    /// The number of days before expiration remaninder.
    pub first_expiration_reminder: Option<i64>,
    /// The minimun length of account Id. By default is equals to -1.
    pub account_id_min_word_length: Option<i64>,
    /// The minimun length of account name. By default is equals to -1.
    pub account_name_min_word_length: Option<i64>,
    /// Maximum alpha. By default is equals to 0.
    pub min_alpha: Option<i64>,
    /// MinCharacterTypes. By default is equals to -1.
    pub min_character_types: Option<i64>,
    /// Maximum length of the password.
    pub max_length: Option<i64>,
    /// Minimum length of the password. By default is equals to 0.
    pub min_length: Option<i64>,
    /// Maximum repetition of the same character in the password. By default is equals to -1.
    pub max_repeated_chars: Option<i64>,
    /// Minimum amount of lower case character in the password. By default is equals to 0.
    pub min_lower: Option<i64>,
    /// Minimum amount of numeric characters in the password. By default is equals to 0.
    pub min_numeric: Option<i64>,
    /// Minimum amount of special symbols in the password. By default is equals to 0.
    pub min_special: Option<i64>,
    /// Minimum amount of upper case symbols in the password. By default is equals to 0.
    pub min_upper: Option<i64>,
    /// Number of days before current password expires. By default is equals to 90.
    pub password_expiration: Option<i64>,
    /// Defines whether this policy is default or not. Default policy is created automatically when an org is setup. This field is false by default.
    pub default_policy: Option<bool>,
    /// Defines whether this policy is enabled to expire or not. This field is false by default.
    pub enable_passwd_expiration: Option<bool>,
    /// Defines whether this policy require strong Auth or not. This field is false by default.
    pub require_strong_authn: Option<bool>,
    /// Defines whether this policy require strong Auth of network or not. This field is false by default.
    pub require_strong_auth_off_network: Option<bool>,
    /// Defines whether this policy require strong Auth for untrusted geographies. This field is false by default.
    pub require_strong_auth_untrusted_geographies: Option<bool>,
    /// Defines whether this policy uses account attributes or not. This field is false by default.
    pub use_account_attributes: Option<bool>,
    /// Defines whether this policy uses dictionary or not. This field is false by default.
    pub use_dictionary: Option<bool>,
    /// Defines whether this policy uses identity attributes or not. This field is false by default.
    pub use_identity_attributes: Option<bool>,
    /// Defines whether this policy validate against account id or not. This field is false by default.
    pub validate_against_account_id: Option<bool>,
    /// Defines whether this policy validate against account name or not. This field is false by default.
    pub validate_against_account_name: Option<bool>,
    pub created: Option<Option<String>>,
    pub modified: Option<Option<String>>,
    /// List of sources IDs managed by this password policy.
    pub source_ids: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl PasswordPolicyV3Dto {
    /// Builds a `PasswordPolicyV3Dto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(Some(value.into()));
        self
    }
    /// Sets `description` to an explicit `null`.
    pub fn description_null(mut self) -> Self {
        self.description = Some(None);
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `date_created`.
    pub fn date_created(mut self, value: impl Into<i64>) -> Self {
        self.date_created = Some(value.into());
        self
    }
    /// Sets `last_updated`.
    pub fn last_updated(mut self, value: impl Into<i64>) -> Self {
        self.last_updated = Some(Some(value.into()));
        self
    }
    /// Sets `last_updated` to an explicit `null`.
    pub fn last_updated_null(mut self) -> Self {
        self.last_updated = Some(None);
        self
    }
    /// Sets `first_expiration_reminder`.
    pub fn first_expiration_reminder(mut self, value: impl Into<i64>) -> Self {
        self.first_expiration_reminder = Some(value.into());
        self
    }
    /// Sets `account_id_min_word_length`.
    pub fn account_id_min_word_length(mut self, value: impl Into<i64>) -> Self {
        self.account_id_min_word_length = Some(value.into());
        self
    }
    /// Sets `account_name_min_word_length`.
    pub fn account_name_min_word_length(mut self, value: impl Into<i64>) -> Self {
        self.account_name_min_word_length = Some(value.into());
        self
    }
    /// Sets `min_alpha`.
    pub fn min_alpha(mut self, value: impl Into<i64>) -> Self {
        self.min_alpha = Some(value.into());
        self
    }
    /// Sets `min_character_types`.
    pub fn min_character_types(mut self, value: impl Into<i64>) -> Self {
        self.min_character_types = Some(value.into());
        self
    }
    /// Sets `max_length`.
    pub fn max_length(mut self, value: impl Into<i64>) -> Self {
        self.max_length = Some(value.into());
        self
    }
    /// Sets `min_length`.
    pub fn min_length(mut self, value: impl Into<i64>) -> Self {
        self.min_length = Some(value.into());
        self
    }
    /// Sets `max_repeated_chars`.
    pub fn max_repeated_chars(mut self, value: impl Into<i64>) -> Self {
        self.max_repeated_chars = Some(value.into());
        self
    }
    /// Sets `min_lower`.
    pub fn min_lower(mut self, value: impl Into<i64>) -> Self {
        self.min_lower = Some(value.into());
        self
    }
    /// Sets `min_numeric`.
    pub fn min_numeric(mut self, value: impl Into<i64>) -> Self {
        self.min_numeric = Some(value.into());
        self
    }
    /// Sets `min_special`.
    pub fn min_special(mut self, value: impl Into<i64>) -> Self {
        self.min_special = Some(value.into());
        self
    }
    /// Sets `min_upper`.
    pub fn min_upper(mut self, value: impl Into<i64>) -> Self {
        self.min_upper = Some(value.into());
        self
    }
    /// Sets `password_expiration`.
    pub fn password_expiration(mut self, value: impl Into<i64>) -> Self {
        self.password_expiration = Some(value.into());
        self
    }
    /// Sets `default_policy`.
    pub fn default_policy(mut self, value: impl Into<bool>) -> Self {
        self.default_policy = Some(value.into());
        self
    }
    /// Sets `enable_passwd_expiration`.
    pub fn enable_passwd_expiration(mut self, value: impl Into<bool>) -> Self {
        self.enable_passwd_expiration = Some(value.into());
        self
    }
    /// Sets `require_strong_authn`.
    pub fn require_strong_authn(mut self, value: impl Into<bool>) -> Self {
        self.require_strong_authn = Some(value.into());
        self
    }
    /// Sets `require_strong_auth_off_network`.
    pub fn require_strong_auth_off_network(mut self, value: impl Into<bool>) -> Self {
        self.require_strong_auth_off_network = Some(value.into());
        self
    }
    /// Sets `require_strong_auth_untrusted_geographies`.
    pub fn require_strong_auth_untrusted_geographies(
        mut self,
        value: impl Into<bool>,
    ) -> Self {
        self.require_strong_auth_untrusted_geographies = Some(value.into());
        self
    }
    /// Sets `use_account_attributes`.
    pub fn use_account_attributes(mut self, value: impl Into<bool>) -> Self {
        self.use_account_attributes = Some(value.into());
        self
    }
    /// Sets `use_dictionary`.
    pub fn use_dictionary(mut self, value: impl Into<bool>) -> Self {
        self.use_dictionary = Some(value.into());
        self
    }
    /// Sets `use_identity_attributes`.
    pub fn use_identity_attributes(mut self, value: impl Into<bool>) -> Self {
        self.use_identity_attributes = Some(value.into());
        self
    }
    /// Sets `validate_against_account_id`.
    pub fn validate_against_account_id(mut self, value: impl Into<bool>) -> Self {
        self.validate_against_account_id = Some(value.into());
        self
    }
    /// Sets `validate_against_account_name`.
    pub fn validate_against_account_name(mut self, value: impl Into<bool>) -> Self {
        self.validate_against_account_name = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<String>) -> Self {
        self.created = Some(Some(value.into()));
        self
    }
    /// Sets `created` to an explicit `null`.
    pub fn created_null(mut self) -> Self {
        self.created = Some(None);
        self
    }
    /// Sets `modified`.
    pub fn modified(mut self, value: impl Into<String>) -> Self {
        self.modified = Some(Some(value.into()));
        self
    }
    /// Sets `modified` to an explicit `null`.
    pub fn modified_null(mut self) -> Self {
        self.modified = Some(None);
        self
    }
    /// Sets `source_ids`.
    pub fn source_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.source_ids = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(PasswordPolicyV3Dto {
    id: optional("id"),
    description: nullable("description"),
    name: optional("name"),
    date_created: optional("dateCreated"),
    last_updated: nullable("lastUpdated"),
    first_expiration_reminder: optional("firstExpirationReminder"),
    account_id_min_word_length: optional("accountIdMinWordLength"),
    account_name_min_word_length: optional("accountNameMinWordLength"),
    min_alpha: optional("minAlpha"),
    min_character_types: optional("minCharacterTypes"),
    max_length: optional("maxLength"),
    min_length: optional("minLength"),
    max_repeated_chars: optional("maxRepeatedChars"),
    min_lower: optional("minLower"),
    min_numeric: optional("minNumeric"),
    min_special: optional("minSpecial"),
    min_upper: optional("minUpper"),
    password_expiration: optional("passwordExpiration"),
    default_policy: optional("defaultPolicy"),
    enable_passwd_expiration: optional("enablePasswdExpiration"),
    require_strong_authn: optional("requireStrongAuthn"),
    require_strong_auth_off_network: optional("requireStrongAuthOffNetwork"),
    require_strong_auth_untrusted_geographies: optional("requireStrongAuthUntrustedGeographies"),
    use_account_attributes: optional("useAccountAttributes"),
    use_dictionary: optional("useDictionary"),
    use_identity_attributes: optional("useIdentityAttributes"),
    validate_against_account_id: optional("validateAgainstAccountId"),
    validate_against_account_name: optional("validateAgainstAccountName"),
    created: nullable("created"),
    modified: nullable("modified"),
    source_ids: optional("sourceIds"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for PasswordPolicyV3Dto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
