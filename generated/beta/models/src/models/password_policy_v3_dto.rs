#[derive(Debug, Clone, PartialEq, Default)]
pub struct PasswordPolicyV3Dto {
    /// The password policy Id.
    pub id: Option<String>,
    /// Description for current password policy.
    pub description: Option<Option<String>>,
    /// The name of the password policy.
    pub name: Option<String>,
    /// Date the Password Policy was created.
    pub date_created: Option<crate::primitives::DateTime>,
    /// Date the Password Policy was updated.
    pub last_updated: Option<Option<crate::primitives::DateTime>>,
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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl PasswordPolicyV3Dto {
    /// Builds a `PasswordPolicyV3Dto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(PasswordPolicyV3Dto {
    id: optional::<String>(id),
    description: nullable::<String>(description, description_null),
    name: optional::<String>(name),
    date_created: optional::<crate::primitives::DateTime>(date_created),
    last_updated: nullable::<crate::primitives::DateTime>(last_updated, last_updated_null),
    first_expiration_reminder: optional::<i64>(first_expiration_reminder),
    account_id_min_word_length: optional::<i64>(account_id_min_word_length),
    account_name_min_word_length: optional::<i64>(account_name_min_word_length),
    min_alpha: optional::<i64>(min_alpha),
    min_character_types: optional::<i64>(min_character_types),
    max_length: optional::<i64>(max_length),
    min_length: optional::<i64>(min_length),
    max_repeated_chars: optional::<i64>(max_repeated_chars),
    min_lower: optional::<i64>(min_lower),
    min_numeric: optional::<i64>(min_numeric),
    min_special: optional::<i64>(min_special),
    min_upper: optional::<i64>(min_upper),
    password_expiration: optional::<i64>(password_expiration),
    default_policy: optional::<bool>(default_policy),
    enable_passwd_expiration: optional::<bool>(enable_passwd_expiration),
    require_strong_authn: optional::<bool>(require_strong_authn),
    require_strong_auth_off_network: optional::<bool>(require_strong_auth_off_network),
    require_strong_auth_untrusted_geographies: optional::<bool>(require_strong_auth_untrusted_geographies),
    use_account_attributes: optional::<bool>(use_account_attributes),
    use_dictionary: optional::<bool>(use_dictionary),
    use_identity_attributes: optional::<bool>(use_identity_attributes),
    validate_against_account_id: optional::<bool>(validate_against_account_id),
    validate_against_account_name: optional::<bool>(validate_against_account_name),
    created: nullable::<String>(created, created_null),
    modified: nullable::<String>(modified, modified_null),
    source_ids: optional::<Vec<String>>(source_ids),
});
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
