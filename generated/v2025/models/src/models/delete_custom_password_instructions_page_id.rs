#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DeleteCustomPasswordInstructionsPageId {
    /// `change-password:enter-password`
    ChangePasswordEnterPassword,
    /// `change-password:finish`
    ChangePasswordFinish,
    /// `flow-selection:select`
    FlowSelectionSelect,
    /// `forget-username:user-email`
    ForgetUsernameUserEmail,
    /// `mfa:enter-code`
    MfaEnterCode,
    /// `mfa:enter-kba`
    MfaEnterKba,
    /// `mfa:select`
    MfaSelect,
    /// `reset-password:enter-password`
    ResetPasswordEnterPassword,
    /// `reset-password:enter-username`
    ResetPasswordEnterUsername,
    /// `reset-password:finish`
    ResetPasswordFinish,
    /// `unlock-account:enter-username`
    UnlockAccountEnterUsername,
    /// `unlock-account:finish`
    UnlockAccountFinish,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl DeleteCustomPasswordInstructionsPageId {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ChangePasswordEnterPassword => "change-password:enter-password",
            Self::ChangePasswordFinish => "change-password:finish",
            Self::FlowSelectionSelect => "flow-selection:select",
            Self::ForgetUsernameUserEmail => "forget-username:user-email",
            Self::MfaEnterCode => "mfa:enter-code",
            Self::MfaEnterKba => "mfa:enter-kba",
            Self::MfaSelect => "mfa:select",
            Self::ResetPasswordEnterPassword => "reset-password:enter-password",
            Self::ResetPasswordEnterUsername => "reset-password:enter-username",
            Self::ResetPasswordFinish => "reset-password:finish",
            Self::UnlockAccountEnterUsername => "unlock-account:enter-username",
            Self::UnlockAccountFinish => "unlock-account:finish",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for DeleteCustomPasswordInstructionsPageId {
    fn from(value: &str) -> Self {
        match value {
            "change-password:enter-password" => Self::ChangePasswordEnterPassword,
            "change-password:finish" => Self::ChangePasswordFinish,
            "flow-selection:select" => Self::FlowSelectionSelect,
            "forget-username:user-email" => Self::ForgetUsernameUserEmail,
            "mfa:enter-code" => Self::MfaEnterCode,
            "mfa:enter-kba" => Self::MfaEnterKba,
            "mfa:select" => Self::MfaSelect,
            "reset-password:enter-password" => Self::ResetPasswordEnterPassword,
            "reset-password:enter-username" => Self::ResetPasswordEnterUsername,
            "reset-password:finish" => Self::ResetPasswordFinish,
            "unlock-account:enter-username" => Self::UnlockAccountEnterUsername,
            "unlock-account:finish" => Self::UnlockAccountFinish,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for DeleteCustomPasswordInstructionsPageId {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for DeleteCustomPasswordInstructionsPageId {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for DeleteCustomPasswordInstructionsPageId {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for DeleteCustomPasswordInstructionsPageId {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DeleteCustomPasswordInstructionsPageId {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for DeleteCustomPasswordInstructionsPageId {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
