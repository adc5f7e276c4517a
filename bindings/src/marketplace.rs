///Module containing a contract's types and functions.
/**

```solidity
library IMarketplace {
    type RequestState is uint8;
    type SlotState is uint8;
    struct Ask { uint64 slots; uint64 slotSize; uint64 duration; uint64 proofProbability; uint256 pricePerBytePerSecond; uint256 collateralPerByte; uint64 maxSlotLoss; }
    struct Config { uint64 period; uint64 timeout; uint64 minProofProbability; uint64 maxProofProbability; uint8 slashPercentage; uint8 maxNumberOfSlashes; uint8 validatorRewardPercentage; uint8 repairRewardPercentage; uint8 maxReservations; uint64 reservationTimeout; uint64 maxRequestDuration; }
    struct Content { bytes cid; bytes32 verifyRoot; }
    struct Request { address client; Ask ask; Content content; uint64 expiry; bytes32 nonce; }
    struct RequestInfo { RequestState state; uint64 requestedAt; uint64 expiresAt; uint64 endsAt; uint64 startedAt; uint64 failedAt; uint64 slotsFilled; uint64 slotsFreed; bool clientWithdrawn; }
    struct SlotInfo { SlotState state; bytes32 requestId; uint64 slotIndex; address host; uint64 filledAt; uint8 missedProofs; uint256 collateral; uint256 repairReward; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod IMarketplace {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RequestState(u8);
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<RequestState> for u8 {
            #[inline]
            fn stv_to_tokens(
                &self,
            ) -> <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::Token<'_> {
                alloy_sol_types::private::SolTypeValue::<
                    alloy::sol_types::sol_data::Uint<8>,
                >::stv_to_tokens(self)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::tokenize(self)
                    .0
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(self, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::abi_encoded_size(self)
            }
        }
        impl RequestState {
            /// The Solidity type name.
            pub const NAME: &'static str = stringify!(@ name);
            /// Convert from the underlying value type.
            #[inline]
            pub const fn from_underlying(value: u8) -> Self {
                Self(value)
            }
            /// Return the underlying value.
            #[inline]
            pub const fn into_underlying(self) -> u8 {
                self.0
            }
            /// Return the single encoding of this value, delegating to the
            /// underlying type.
            #[inline]
            pub fn abi_encode(&self) -> alloy_sol_types::private::Vec<u8> {
                <Self as alloy_sol_types::SolType>::abi_encode(&self.0)
            }
            /// Return the packed encoding of this value, delegating to the
            /// underlying type.
            #[inline]
            pub fn abi_encode_packed(&self) -> alloy_sol_types::private::Vec<u8> {
                <Self as alloy_sol_types::SolType>::abi_encode_packed(&self.0)
            }
        }
        #[automatically_derived]
        impl From<u8> for RequestState {
            fn from(value: u8) -> Self {
                Self::from_underlying(value)
            }
        }
        #[automatically_derived]
        impl From<RequestState> for u8 {
            fn from(value: RequestState) -> Self {
                value.into_underlying()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for RequestState {
            type RustType = u8;
            type Token<'a> = <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = Self::NAME;
            const ENCODED_SIZE: Option<usize> = <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                Self::type_check(token).is_ok()
            }
            #[inline]
            fn type_check(token: &Self::Token<'_>) -> alloy_sol_types::Result<()> {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::type_check(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::detokenize(token)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for RequestState {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::topic_preimage_length(rust)
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(rust, out)
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic(rust)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SlotState(u8);
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<SlotState> for u8 {
            #[inline]
            fn stv_to_tokens(
                &self,
            ) -> <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::Token<'_> {
                alloy_sol_types::private::SolTypeValue::<
                    alloy::sol_types::sol_data::Uint<8>,
                >::stv_to_tokens(self)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::tokenize(self)
                    .0
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(self, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::abi_encoded_size(self)
            }
        }
        impl SlotState {
            /// The Solidity type name.
            pub const NAME: &'static str = stringify!(@ name);
            /// Convert from the underlying value type.
            #[inline]
            pub const fn from_underlying(value: u8) -> Self {
                Self(value)
            }
            /// Return the underlying value.
            #[inline]
            pub const fn into_underlying(self) -> u8 {
                self.0
            }
            /// Return the single encoding of this value, delegating to the
            /// underlying type.
            #[inline]
            pub fn abi_encode(&self) -> alloy_sol_types::private::Vec<u8> {
                <Self as alloy_sol_types::SolType>::abi_encode(&self.0)
            }
            /// Return the packed encoding of this value, delegating to the
            /// underlying type.
            #[inline]
            pub fn abi_encode_packed(&self) -> alloy_sol_types::private::Vec<u8> {
                <Self as alloy_sol_types::SolType>::abi_encode_packed(&self.0)
            }
        }
        #[automatically_derived]
        impl From<u8> for SlotState {
            fn from(value: u8) -> Self {
                Self::from_underlying(value)
            }
        }
        #[automatically_derived]
        impl From<SlotState> for u8 {
            fn from(value: SlotState) -> Self {
                value.into_underlying()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for SlotState {
            type RustType = u8;
            type Token<'a> = <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = Self::NAME;
            const ENCODED_SIZE: Option<usize> = <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                Self::type_check(token).is_ok()
            }
            #[inline]
            fn type_check(token: &Self::Token<'_>) -> alloy_sol_types::Result<()> {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::type_check(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::detokenize(token)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for SlotState {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::topic_preimage_length(rust)
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(rust, out)
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic(rust)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Ask { uint64 slots; uint64 slotSize; uint64 duration; uint64 proofProbability; uint256 pricePerBytePerSecond; uint256 collateralPerByte; uint64 maxSlotLoss; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Ask {
        #[allow(missing_docs)]
        pub slots: u64,
        #[allow(missing_docs)]
        pub slotSize: u64,
        #[allow(missing_docs)]
        pub duration: u64,
        #[allow(missing_docs)]
        pub proofProbability: u64,
        #[allow(missing_docs)]
        pub pricePerBytePerSecond: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub collateralPerByte: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub maxSlotLoss: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<64>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            u64,
            u64,
            u64,
            u64,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            u64,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Ask> for UnderlyingRustTuple<'_> {
            fn from(value: Ask) -> Self {
                (
                    value.slots,
                    value.slotSize,
                    value.duration,
                    value.proofProbability,
                    value.pricePerBytePerSecond,
                    value.collateralPerByte,
                    value.maxSlotLoss,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Ask {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    slots: tuple.0,
                    slotSize: tuple.1,
                    duration: tuple.2,
                    proofProbability: tuple.3,
                    pricePerBytePerSecond: tuple.4,
                    collateralPerByte: tuple.5,
                    maxSlotLoss: tuple.6,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Ask {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Ask {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.slots),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.slotSize),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.duration),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.proofProbability),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(
                        &self.pricePerBytePerSecond,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.collateralPerByte),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxSlotLoss),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Ask {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for Ask {
            const NAME: &'static str = "Ask";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Ask(uint64 slots,uint64 slotSize,uint64 duration,uint64 proofProbability,uint256 pricePerBytePerSecond,uint256 collateralPerByte,uint64 maxSlotLoss)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.slots)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.slotSize)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.duration)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.proofProbability,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.pricePerBytePerSecond,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.collateralPerByte,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.maxSlotLoss)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Ask {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.slots)
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.slotSize,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.duration,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.proofProbability,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.pricePerBytePerSecond,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.collateralPerByte,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.maxSlotLoss,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.slots,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.slotSize,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.duration,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.proofProbability,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.pricePerBytePerSecond,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.collateralPerByte,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.maxSlotLoss,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Config { uint64 period; uint64 timeout; uint64 minProofProbability; uint64 maxProofProbability; uint8 slashPercentage; uint8 maxNumberOfSlashes; uint8 validatorRewardPercentage; uint8 repairRewardPercentage; uint8 maxReservations; uint64 reservationTimeout; uint64 maxRequestDuration; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Config {
        #[allow(missing_docs)]
        pub period: u64,
        #[allow(missing_docs)]
        pub timeout: u64,
        #[allow(missing_docs)]
        pub minProofProbability: u64,
        #[allow(missing_docs)]
        pub maxProofProbability: u64,
        #[allow(missing_docs)]
        pub slashPercentage: u8,
        #[allow(missing_docs)]
        pub maxNumberOfSlashes: u8,
        #[allow(missing_docs)]
        pub validatorRewardPercentage: u8,
        #[allow(missing_docs)]
        pub repairRewardPercentage: u8,
        #[allow(missing_docs)]
        pub maxReservations: u8,
        #[allow(missing_docs)]
        pub reservationTimeout: u64,
        #[allow(missing_docs)]
        pub maxRequestDuration: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            u64,
            u64,
            u64,
            u64,
            u8,
            u8,
            u8,
            u8,
            u8,
            u64,
            u64,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Config> for UnderlyingRustTuple<'_> {
            fn from(value: Config) -> Self {
                (
                    value.period,
                    value.timeout,
                    value.minProofProbability,
                    value.maxProofProbability,
                    value.slashPercentage,
                    value.maxNumberOfSlashes,
                    value.validatorRewardPercentage,
                    value.repairRewardPercentage,
                    value.maxReservations,
                    value.reservationTimeout,
                    value.maxRequestDuration,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Config {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    period: tuple.0,
                    timeout: tuple.1,
                    minProofProbability: tuple.2,
                    maxProofProbability: tuple.3,
                    slashPercentage: tuple.4,
                    maxNumberOfSlashes: tuple.5,
                    validatorRewardPercentage: tuple.6,
                    repairRewardPercentage: tuple.7,
                    maxReservations: tuple.8,
                    reservationTimeout: tuple.9,
                    maxRequestDuration: tuple.10,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Config {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Config {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.period),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.timeout),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.minProofProbability),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxProofProbability),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.slashPercentage),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxNumberOfSlashes),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(
                        &self.validatorRewardPercentage,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(
                        &self.repairRewardPercentage,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxReservations),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.reservationTimeout),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxRequestDuration),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Config {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for Config {
            const NAME: &'static str = "Config";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Config(uint64 period,uint64 timeout,uint64 minProofProbability,uint64 maxProofProbability,uint8 slashPercentage,uint8 maxNumberOfSlashes,uint8 validatorRewardPercentage,uint8 repairRewardPercentage,uint8 maxReservations,uint64 reservationTimeout,uint64 maxRequestDuration)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.period)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.timeout)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.minProofProbability,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.maxProofProbability,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.slashPercentage,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.maxNumberOfSlashes,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.validatorRewardPercentage,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.repairRewardPercentage,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.maxReservations,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.reservationTimeout,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.maxRequestDuration,
                        )
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Config {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.period,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.timeout,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.minProofProbability,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.maxProofProbability,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.slashPercentage,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.maxNumberOfSlashes,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.validatorRewardPercentage,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.repairRewardPercentage,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.maxReservations,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.reservationTimeout,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.maxRequestDuration,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.period,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.timeout,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.minProofProbability,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.maxProofProbability,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.slashPercentage,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.maxNumberOfSlashes,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.validatorRewardPercentage,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.repairRewardPercentage,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.maxReservations,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.reservationTimeout,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.maxRequestDuration,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Content { bytes cid; bytes32 verifyRoot; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Content {
        #[allow(missing_docs)]
        pub cid: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub verifyRoot: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Bytes,
            alloy::sol_types::sol_data::FixedBytes<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Bytes,
            alloy::sol_types::private::FixedBytes<32>,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Content> for UnderlyingRustTuple<'_> {
            fn from(value: Content) -> Self {
                (value.cid, value.verifyRoot)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Content {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    cid: tuple.0,
                    verifyRoot: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Content {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Content {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.cid,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.verifyRoot),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Content {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for Content {
            const NAME: &'static str = "Content";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Content(bytes cid,bytes32 verifyRoot)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::eip712_data_word(
                            &self.cid,
                        )
                        .0,
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.verifyRoot)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Content {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Bytes as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.cid,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.verifyRoot,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Bytes as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.cid,
                    out,
                );
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.verifyRoot,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Request { address client; Ask ask; Content content; uint64 expiry; bytes32 nonce; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Request {
        #[allow(missing_docs)]
        pub client: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub ask: <Ask as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub content: <Content as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub expiry: u64,
        #[allow(missing_docs)]
        pub nonce: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            Ask,
            Content,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::FixedBytes<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            <Ask as alloy::sol_types::SolType>::RustType,
            <Content as alloy::sol_types::SolType>::RustType,
            u64,
            alloy::sol_types::private::FixedBytes<32>,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Request> for UnderlyingRustTuple<'_> {
            fn from(value: Request) -> Self {
                (value.client, value.ask, value.content, value.expiry, value.nonce)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Request {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    client: tuple.0,
                    ask: tuple.1,
                    content: tuple.2,
                    expiry: tuple.3,
                    nonce: tuple.4,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Request {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Request {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.client,
                    ),
                    <Ask as alloy_sol_types::SolType>::tokenize(&self.ask),
                    <Content as alloy_sol_types::SolType>::tokenize(&self.content),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiry),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.nonce),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Request {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for Request {
            const NAME: &'static str = "Request";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Request(address client,Ask ask,Content content,uint64 expiry,bytes32 nonce)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                let mut components = alloy_sol_types::private::Vec::with_capacity(2);
                components.push(<Ask as alloy_sol_types::SolStruct>::eip712_root_type());
                components
                    .extend(<Ask as alloy_sol_types::SolStruct>::eip712_components());
                components
                    .push(<Content as alloy_sol_types::SolStruct>::eip712_root_type());
                components
                    .extend(
                        <Content as alloy_sol_types::SolStruct>::eip712_components(),
                    );
                components
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.client,
                        )
                        .0,
                    <Ask as alloy_sol_types::SolType>::eip712_data_word(&self.ask).0,
                    <Content as alloy_sol_types::SolType>::eip712_data_word(
                            &self.content,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.expiry)
                        .0,
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.nonce)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Request {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.client,
                    )
                    + <Ask as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.ask,
                    )
                    + <Content as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.content,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.expiry,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.nonce)
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.client,
                    out,
                );
                <Ask as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.ask,
                    out,
                );
                <Content as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.content,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.expiry,
                    out,
                );
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.nonce,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct RequestInfo { RequestState state; uint64 requestedAt; uint64 expiresAt; uint64 endsAt; uint64 startedAt; uint64 failedAt; uint64 slotsFilled; uint64 slotsFreed; bool clientWithdrawn; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RequestInfo {
        #[allow(missing_docs)]
        pub state: <RequestState as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub requestedAt: u64,
        #[allow(missing_docs)]
        pub expiresAt: u64,
        #[allow(missing_docs)]
        pub endsAt: u64,
        #[allow(missing_docs)]
        pub startedAt: u64,
        #[allow(missing_docs)]
        pub failedAt: u64,
        #[allow(missing_docs)]
        pub slotsFilled: u64,
        #[allow(missing_docs)]
        pub slotsFreed: u64,
        #[allow(missing_docs)]
        pub clientWithdrawn: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            RequestState,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Bool,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            <RequestState as alloy::sol_types::SolType>::RustType,
            u64,
            u64,
            u64,
            u64,
            u64,
            u64,
            u64,
            bool,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<RequestInfo> for UnderlyingRustTuple<'_> {
            fn from(value: RequestInfo) -> Self {
                (
                    value.state,
                    value.requestedAt,
                    value.expiresAt,
                    value.endsAt,
                    value.startedAt,
                    value.failedAt,
                    value.slotsFilled,
                    value.slotsFreed,
                    value.clientWithdrawn,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for RequestInfo {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    state: tuple.0,
                    requestedAt: tuple.1,
                    expiresAt: tuple.2,
                    endsAt: tuple.3,
                    startedAt: tuple.4,
                    failedAt: tuple.5,
                    slotsFilled: tuple.6,
                    slotsFreed: tuple.7,
                    clientWithdrawn: tuple.8,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for RequestInfo {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for RequestInfo {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <RequestState as alloy_sol_types::SolType>::tokenize(&self.state),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestedAt),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiresAt),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.endsAt),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.startedAt),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.failedAt),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.slotsFilled),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.slotsFreed),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.clientWithdrawn,
                    ),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for RequestInfo {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for RequestInfo {
            const NAME: &'static str = "RequestInfo";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "RequestInfo(uint8 state,uint64 requestedAt,uint64 expiresAt,uint64 endsAt,uint64 startedAt,uint64 failedAt,uint64 slotsFilled,uint64 slotsFreed,bool clientWithdrawn)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <RequestState as alloy_sol_types::SolType>::eip712_data_word(
                            &self.state,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.requestedAt)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.expiresAt)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.endsAt)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.startedAt)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.failedAt)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.slotsFilled)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.slotsFreed)
                        .0,
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::eip712_data_word(
                            &self.clientWithdrawn,
                        )
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for RequestInfo {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <RequestState as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.state,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.requestedAt,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.expiresAt,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.endsAt,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.startedAt,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.failedAt,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.slotsFilled,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.slotsFreed,
                    )
                    + <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.clientWithdrawn,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <RequestState as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.state,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.requestedAt,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.expiresAt,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.endsAt,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.startedAt,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.failedAt,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.slotsFilled,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.slotsFreed,
                    out,
                );
                <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.clientWithdrawn,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct SlotInfo { SlotState state; bytes32 requestId; uint64 slotIndex; address host; uint64 filledAt; uint8 missedProofs; uint256 collateral; uint256 repairReward; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SlotInfo {
        #[allow(missing_docs)]
        pub state: <SlotState as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub slotIndex: u64,
        #[allow(missing_docs)]
        pub host: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub filledAt: u64,
        #[allow(missing_docs)]
        pub missedProofs: u8,
        #[allow(missing_docs)]
        pub collateral: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub repairReward: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            SlotState,
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            <SlotState as alloy::sol_types::SolType>::RustType,
            alloy::sol_types::private::FixedBytes<32>,
            u64,
            alloy::sol_types::private::Address,
            u64,
            u8,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<SlotInfo> for UnderlyingRustTuple<'_> {
            fn from(value: SlotInfo) -> Self {
                (
                    value.state,
                    value.requestId,
                    value.slotIndex,
                    value.host,
                    value.filledAt,
                    value.missedProofs,
                    value.collateral,
                    value.repairReward,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for SlotInfo {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    state: tuple.0,
                    requestId: tuple.1,
                    slotIndex: tuple.2,
                    host: tuple.3,
                    filledAt: tuple.4,
                    missedProofs: tuple.5,
                    collateral: tuple.6,
                    repairReward: tuple.7,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for SlotInfo {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for SlotInfo {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <SlotState as alloy_sol_types::SolType>::tokenize(&self.state),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.slotIndex),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.host,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.filledAt),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.missedProofs),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.collateral),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.repairReward),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for SlotInfo {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for SlotInfo {
            const NAME: &'static str = "SlotInfo";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "SlotInfo(uint8 state,bytes32 requestId,uint64 slotIndex,address host,uint64 filledAt,uint8 missedProofs,uint256 collateral,uint256 repairReward)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <SlotState as alloy_sol_types::SolType>::eip712_data_word(
                            &self.state,
                        )
                        .0,
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.requestId)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.slotIndex)
                        .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.host,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.filledAt)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.missedProofs)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.collateral)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.repairReward)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for SlotInfo {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <SlotState as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.state,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.requestId,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.slotIndex,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.host,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.filledAt,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.missedProofs,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.collateral,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.repairReward,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <SlotState as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.state,
                    out,
                );
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.requestId,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.slotIndex,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.host,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.filledAt,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.missedProofs,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.collateral,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.repairReward,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`IMarketplace`](self) contract instance.

See the [wrapper's documentation](`IMarketplaceInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> IMarketplaceInstance<P, N> {
        IMarketplaceInstance::<P, N>::new(address, __provider)
    }
    /**A [`IMarketplace`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`IMarketplace`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct IMarketplaceInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for IMarketplaceInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("IMarketplaceInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IMarketplaceInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`IMarketplace`](self) contract instance.

See the [wrapper's documentation](`IMarketplaceInstance`) for more details.*/
        #[inline]
        pub const fn new(
            address: alloy_sol_types::private::Address,
            __provider: P,
        ) -> Self {
            Self {
                address,
                provider: __provider,
                _network: ::core::marker::PhantomData,
            }
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> IMarketplaceInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> IMarketplaceInstance<P, N> {
            IMarketplaceInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IMarketplaceInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IMarketplaceInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
    }
}
/**

Generated by the following Solidity interface...
```solidity
library IMarketplace {
    type RequestState is uint8;
    type SlotState is uint8;
    struct Ask {
        uint64 slots;
        uint64 slotSize;
        uint64 duration;
        uint64 proofProbability;
        uint256 pricePerBytePerSecond;
        uint256 collateralPerByte;
        uint64 maxSlotLoss;
    }
    struct Config {
        uint64 period;
        uint64 timeout;
        uint64 minProofProbability;
        uint64 maxProofProbability;
        uint8 slashPercentage;
        uint8 maxNumberOfSlashes;
        uint8 validatorRewardPercentage;
        uint8 repairRewardPercentage;
        uint8 maxReservations;
        uint64 reservationTimeout;
        uint64 maxRequestDuration;
    }
    struct Content {
        bytes cid;
        bytes32 verifyRoot;
    }
    struct Request {
        address client;
        Ask ask;
        Content content;
        uint64 expiry;
        bytes32 nonce;
    }
    struct RequestInfo {
        RequestState state;
        uint64 requestedAt;
        uint64 expiresAt;
        uint64 endsAt;
        uint64 startedAt;
        uint64 failedAt;
        uint64 slotsFilled;
        uint64 slotsFreed;
        bool clientWithdrawn;
    }
    struct SlotInfo {
        SlotState state;
        bytes32 requestId;
        uint64 slotIndex;
        address host;
        uint64 filledAt;
        uint8 missedProofs;
        uint256 collateral;
        uint256 repairReward;
    }
}

interface Marketplace {
    struct Groth16Proof {
        uint256[2] a;
        uint256[2][2] b;
        uint256[2] c;
    }

    error AlreadyMarked(bytes32 slotId, uint256 period);
    error AlreadyReserved();
    error AlreadyWithdrawn(bytes32 requestId);
    error ChallengeNotReady(uint256 period);
    error FormerHost(address host);
    error HostOfRequest(address host);
    error InvalidConfig(string reason);
    error InvalidProof();
    error InvalidRequest(string reason);
    error InvalidRequestState(IMarketplace.RequestState state);
    error InvalidSlotIndex(uint64 slotIndex);
    error InvalidSlotState(IMarketplace.SlotState state);
    error NotAuthorized(address caller);
    error NotReserved();
    error PeriodNotEnded(uint256 period);
    error ProofAlreadySubmitted(bytes32 slotId, uint256 period);
    error ProofNotRequired(bytes32 slotId, uint256 period);
    error RequestExists(bytes32 requestId);
    error ReservationsFull();
    error SafeERC20FailedOperation(address token);
    error UnknownRequest(bytes32 requestId);
    error UnknownSlot(bytes32 slotId);
    error ValidationTimedOut(uint256 period);

    event FundsWithdrawn(bytes32 indexed requestId, address indexed client, IMarketplace.RequestState state, uint256 amount);
    event ProofMissed(bytes32 indexed slotId, uint256 indexed period, address indexed validator, uint256 slashed, uint256 reward);
    event ProofSubmitted(bytes32 indexed slotId, uint256 indexed period);
    event RandomnessCommitted(uint256 indexed period, uint256 blockNumber);
    event RequestFailed(bytes32 indexed requestId);
    event RequestStarted(bytes32 indexed requestId);
    event SlotAbandoned(bytes32 indexed requestId, uint64 indexed slotIndex, address indexed host);
    event SlotFilled(bytes32 indexed requestId, uint64 indexed slotIndex, address indexed host, uint256 collateral, bool repair);
    event SlotFreed(bytes32 indexed requestId, uint64 indexed slotIndex, address indexed host, uint256 repairReward);
    event SlotPaid(bytes32 indexed slotId, address indexed host, uint256 amount);
    event SlotReserved(bytes32 indexed requestId, uint64 indexed slotIndex, address indexed host, uint64 expiresAt, uint256 deposit);
    event StorageRequested(bytes32 indexed requestId, address indexed client, IMarketplace.Ask ask, uint64 expiresAt, uint256 price);

    constructor(address token_, address verifier_, IMarketplace.Config config_);

    function DEVNET_CHAIN_ID() external view returns (uint256);
    function MAX_CID_LENGTH() external view returns (uint256);
    function MAX_PRICE() external view returns (uint256);
    function MAX_SLOTS() external view returns (uint64);
    function SNARK_SCALAR_FIELD() external view returns (uint256);
    function clientPayout(bytes32 requestId) external view returns (uint256);
    function commitRandomness() external;
    function config() external view returns (IMarketplace.Config memory);
    function currentPeriod() external view returns (uint256);
    function fillSlot(bytes32 requestId, uint64 slotIndex, Groth16Proof memory proof) external;
    function freeSlot(bytes32 id) external;
    function getActiveSlot(bytes32 id) external view returns (IMarketplace.Request memory request, uint64 slotIndex);
    function getChallenge(bytes32 id, address host) external view returns (uint256);
    function getChallengeIn(bytes32 id, uint256 period, address host) external view returns (uint256);
    function getHost(bytes32 id) external view returns (address);
    function getRequest(bytes32 requestId) external view returns (IMarketplace.Request memory);
    function getRequestInfo(bytes32 requestId) external view returns (IMarketplace.RequestInfo memory);
    function getReservationExpiry(bytes32 id, address host) external view returns (uint64);
    function getReservations(bytes32 id) external view returns (address[] memory hosts);
    function getSlot(bytes32 id) external view returns (IMarketplace.SlotInfo memory);
    function isProofRequired(bytes32 id) external view returns (bool required);
    function isProofRequiredIn(bytes32 id, uint256 period) external view returns (bool required);
    function markProofAsMissing(bytes32 id, uint256 period) external;
    function missingProofs(bytes32 id) external view returns (uint256);
    function periodEnd(uint256 period) external view returns (uint256);
    function periodSeed(uint256 period) external view returns (bytes32 seed, bool known, bool binding);
    function periodStart(uint256 period) external view returns (uint256);
    function proofReceived(bytes32 id, uint256 period) external view returns (bool);
    function requestState(bytes32 requestId) external view returns (IMarketplace.RequestState);
    function requestStorage(IMarketplace.Request memory request) external returns (bytes32 requestId);
    function reservationDeposit(bytes32 requestId) external view returns (uint256);
    function reserveSlot(bytes32 requestId, uint64 slotIndex) external;
    function slotId(bytes32 requestId, uint64 slotIndex) external pure returns (bytes32);
    function slotPayout(bytes32 id) external view returns (uint256);
    function slotState(bytes32 id) external view returns (IMarketplace.SlotState);
    function slotStateAt(bytes32 requestId, uint64 slotIndex) external view returns (IMarketplace.SlotState);
    function submitProof(bytes32 id, Groth16Proof memory proof) external;
    function token() external view returns (address);
    function verifier() external view returns (address);
    function willProofBeRequired(bytes32 id) external view returns (bool required);
    function withdrawFunds(bytes32 requestId) external;
}
```

...which was generated by the following JSON ABI:
```json
[
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "token_",
        "type": "address",
        "internalType": "contract IERC20"
      },
      {
        "name": "verifier_",
        "type": "address",
        "internalType": "contract IStorageProofVerifier"
      },
      {
        "name": "config_",
        "type": "tuple",
        "internalType": "struct IMarketplace.Config",
        "components": [
          {
            "name": "period",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "timeout",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "minProofProbability",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "maxProofProbability",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "slashPercentage",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "maxNumberOfSlashes",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "validatorRewardPercentage",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "repairRewardPercentage",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "maxReservations",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "reservationTimeout",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "maxRequestDuration",
            "type": "uint64",
            "internalType": "uint64"
          }
        ]
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "DEVNET_CHAIN_ID",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_CID_LENGTH",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_PRICE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_SLOTS",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "SNARK_SCALAR_FIELD",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "clientPayout",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "commitRandomness",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "config",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IMarketplace.Config",
        "components": [
          {
            "name": "period",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "timeout",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "minProofProbability",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "maxProofProbability",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "slashPercentage",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "maxNumberOfSlashes",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "validatorRewardPercentage",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "repairRewardPercentage",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "maxReservations",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "reservationTimeout",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "maxRequestDuration",
            "type": "uint64",
            "internalType": "uint64"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "currentPeriod",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "fillSlot",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "slotIndex",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "proof",
        "type": "tuple",
        "internalType": "struct Groth16Proof",
        "components": [
          {
            "name": "a",
            "type": "uint256[2]",
            "internalType": "uint256[2]"
          },
          {
            "name": "b",
            "type": "uint256[2][2]",
            "internalType": "uint256[2][2]"
          },
          {
            "name": "c",
            "type": "uint256[2]",
            "internalType": "uint256[2]"
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "freeSlot",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "getActiveSlot",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "request",
        "type": "tuple",
        "internalType": "struct IMarketplace.Request",
        "components": [
          {
            "name": "client",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "ask",
            "type": "tuple",
            "internalType": "struct IMarketplace.Ask",
            "components": [
              {
                "name": "slots",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "slotSize",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "duration",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "proofProbability",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "pricePerBytePerSecond",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "collateralPerByte",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "maxSlotLoss",
                "type": "uint64",
                "internalType": "uint64"
              }
            ]
          },
          {
            "name": "content",
            "type": "tuple",
            "internalType": "struct IMarketplace.Content",
            "components": [
              {
                "name": "cid",
                "type": "bytes",
                "internalType": "bytes"
              },
              {
                "name": "verifyRoot",
                "type": "bytes32",
                "internalType": "bytes32"
              }
            ]
          },
          {
            "name": "expiry",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "nonce",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      },
      {
        "name": "slotIndex",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getChallenge",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "host",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getChallengeIn",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "period",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "host",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getHost",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRequest",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IMarketplace.Request",
        "components": [
          {
            "name": "client",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "ask",
            "type": "tuple",
            "internalType": "struct IMarketplace.Ask",
            "components": [
              {
                "name": "slots",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "slotSize",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "duration",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "proofProbability",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "pricePerBytePerSecond",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "collateralPerByte",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "maxSlotLoss",
                "type": "uint64",
                "internalType": "uint64"
              }
            ]
          },
          {
            "name": "content",
            "type": "tuple",
            "internalType": "struct IMarketplace.Content",
            "components": [
              {
                "name": "cid",
                "type": "bytes",
                "internalType": "bytes"
              },
              {
                "name": "verifyRoot",
                "type": "bytes32",
                "internalType": "bytes32"
              }
            ]
          },
          {
            "name": "expiry",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "nonce",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRequestInfo",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IMarketplace.RequestInfo",
        "components": [
          {
            "name": "state",
            "type": "uint8",
            "internalType": "enum IMarketplace.RequestState"
          },
          {
            "name": "requestedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "expiresAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "endsAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "startedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "failedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "slotsFilled",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "slotsFreed",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "clientWithdrawn",
            "type": "bool",
            "internalType": "bool"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getReservationExpiry",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "host",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getReservations",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "hosts",
        "type": "address[]",
        "internalType": "address[]"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getSlot",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IMarketplace.SlotInfo",
        "components": [
          {
            "name": "state",
            "type": "uint8",
            "internalType": "enum IMarketplace.SlotState"
          },
          {
            "name": "requestId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "slotIndex",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "host",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "filledAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "missedProofs",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "collateral",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "repairReward",
            "type": "uint256",
            "internalType": "uint256"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isProofRequired",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "required",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isProofRequiredIn",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "period",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "required",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "markProofAsMissing",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "period",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "missingProofs",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "periodEnd",
    "inputs": [
      {
        "name": "period",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "periodSeed",
    "inputs": [
      {
        "name": "period",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "seed",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "known",
        "type": "bool",
        "internalType": "bool"
      },
      {
        "name": "binding",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "periodStart",
    "inputs": [
      {
        "name": "period",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "proofReceived",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "period",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "requestState",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "enum IMarketplace.RequestState"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "requestStorage",
    "inputs": [
      {
        "name": "request",
        "type": "tuple",
        "internalType": "struct IMarketplace.Request",
        "components": [
          {
            "name": "client",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "ask",
            "type": "tuple",
            "internalType": "struct IMarketplace.Ask",
            "components": [
              {
                "name": "slots",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "slotSize",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "duration",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "proofProbability",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "pricePerBytePerSecond",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "collateralPerByte",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "maxSlotLoss",
                "type": "uint64",
                "internalType": "uint64"
              }
            ]
          },
          {
            "name": "content",
            "type": "tuple",
            "internalType": "struct IMarketplace.Content",
            "components": [
              {
                "name": "cid",
                "type": "bytes",
                "internalType": "bytes"
              },
              {
                "name": "verifyRoot",
                "type": "bytes32",
                "internalType": "bytes32"
              }
            ]
          },
          {
            "name": "expiry",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "nonce",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "outputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "reservationDeposit",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "reserveSlot",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "slotIndex",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "slotId",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "slotIndex",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "slotPayout",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "slotState",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "enum IMarketplace.SlotState"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "slotStateAt",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "slotIndex",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "enum IMarketplace.SlotState"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "submitProof",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "proof",
        "type": "tuple",
        "internalType": "struct Groth16Proof",
        "components": [
          {
            "name": "a",
            "type": "uint256[2]",
            "internalType": "uint256[2]"
          },
          {
            "name": "b",
            "type": "uint256[2][2]",
            "internalType": "uint256[2][2]"
          },
          {
            "name": "c",
            "type": "uint256[2]",
            "internalType": "uint256[2]"
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "token",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IERC20"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "verifier",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IStorageProofVerifier"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "willProofBeRequired",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "required",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "withdrawFunds",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "FundsWithdrawn",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "client",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "state",
        "type": "uint8",
        "indexed": false,
        "internalType": "enum IMarketplace.RequestState"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ProofMissed",
    "inputs": [
      {
        "name": "slotId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "period",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "validator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "slashed",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "reward",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ProofSubmitted",
    "inputs": [
      {
        "name": "slotId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "period",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RandomnessCommitted",
    "inputs": [
      {
        "name": "period",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "blockNumber",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RequestFailed",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RequestStarted",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "SlotAbandoned",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "slotIndex",
        "type": "uint64",
        "indexed": true,
        "internalType": "uint64"
      },
      {
        "name": "host",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "SlotFilled",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "slotIndex",
        "type": "uint64",
        "indexed": true,
        "internalType": "uint64"
      },
      {
        "name": "host",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "collateral",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "repair",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "SlotFreed",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "slotIndex",
        "type": "uint64",
        "indexed": true,
        "internalType": "uint64"
      },
      {
        "name": "host",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "repairReward",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "SlotPaid",
    "inputs": [
      {
        "name": "slotId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "host",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "SlotReserved",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "slotIndex",
        "type": "uint64",
        "indexed": true,
        "internalType": "uint64"
      },
      {
        "name": "host",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "expiresAt",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "deposit",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "StorageRequested",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "client",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "ask",
        "type": "tuple",
        "indexed": false,
        "internalType": "struct IMarketplace.Ask",
        "components": [
          {
            "name": "slots",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "slotSize",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "duration",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "proofProbability",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "pricePerBytePerSecond",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "collateralPerByte",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "maxSlotLoss",
            "type": "uint64",
            "internalType": "uint64"
          }
        ]
      },
      {
        "name": "expiresAt",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "price",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AlreadyMarked",
    "inputs": [
      {
        "name": "slotId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "period",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "AlreadyReserved",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AlreadyWithdrawn",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ChallengeNotReady",
    "inputs": [
      {
        "name": "period",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "FormerHost",
    "inputs": [
      {
        "name": "host",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "HostOfRequest",
    "inputs": [
      {
        "name": "host",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidConfig",
    "inputs": [
      {
        "name": "reason",
        "type": "string",
        "internalType": "string"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidProof",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InvalidRequest",
    "inputs": [
      {
        "name": "reason",
        "type": "string",
        "internalType": "string"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidRequestState",
    "inputs": [
      {
        "name": "state",
        "type": "uint8",
        "internalType": "enum IMarketplace.RequestState"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidSlotIndex",
    "inputs": [
      {
        "name": "slotIndex",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidSlotState",
    "inputs": [
      {
        "name": "state",
        "type": "uint8",
        "internalType": "enum IMarketplace.SlotState"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotAuthorized",
    "inputs": [
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotReserved",
    "inputs": []
  },
  {
    "type": "error",
    "name": "PeriodNotEnded",
    "inputs": [
      {
        "name": "period",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ProofAlreadySubmitted",
    "inputs": [
      {
        "name": "slotId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "period",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ProofNotRequired",
    "inputs": [
      {
        "name": "slotId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "period",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "RequestExists",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ReservationsFull",
    "inputs": []
  },
  {
    "type": "error",
    "name": "SafeERC20FailedOperation",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "UnknownRequest",
    "inputs": [
      {
        "name": "requestId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "UnknownSlot",
    "inputs": [
      {
        "name": "slotId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ValidationTimedOut",
    "inputs": [
      {
        "name": "period",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  }
]
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod Marketplace {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x610220604052348015610010575f5ffd5b5060405161654c38038061654c83398101604081905261002f916106d1565b6001600160a01b03831661007b576040516389a6198960e01b815260206004820152600d60248201526c746f6b656e206973207a65726f60981b60448201526064015b60405180910390fd5b816001600160a01b03163b5f036100d5576040516389a6198960e01b815260206004820152601460248201527f766572696669657220686173206e6f20636f64650000000000000000000000006044820152606401610072565b816001600160a01b031663b2b553b16040518163ffffffff1660e01b81526004015f60405180830381865afa158015610110573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526101379190810190610881565b60a0015180156101495750617a694614155b156101b2576040516389a6198960e01b815260206004820152603260248201527f6465762d6b65792076657269666965722028666f72676561626c652070726f6f604482015271199cca481bd999881d1a194819195d9b995d60721b6064820152608401610072565b80516001600160401b03165f036101fd576040516389a6198960e01b815260206004820152600e60248201526d706572696f64206973207a65726f60901b6044820152606401610072565b80602001516001600160401b03165f0361024c576040516389a6198960e01b815260206004820152600f60248201526e74696d656f7574206973207a65726f60881b6044820152606401610072565b60408101516001600160401b0316158061027f575080606001516001600160401b031681604001516001600160401b0316115b156102cd576040516389a6198960e01b815260206004820152601860248201527f70726f6f662070726f626162696c69747920626f756e647300000000000000006044820152606401610072565b8060a0015160ff165f03610324576040516389a6198960e01b815260206004820152601a60248201527f6d61784e756d6265724f66536c6173686573206973207a65726f0000000000006044820152606401610072565b60648160a0015160ff16826080015160ff16610340919061094d565b111561038f576040516389a6198960e01b815260206004820152601d60248201527f736c6173686573206578636565642074686520636f6c6c61746572616c0000006044820152606401610072565b8060a0015160ff16816080015160ff166103a9919061094d565b6103b490606461096a565b8160e0015160ff161115610425576040516389a6198960e01b815260206004820152603160248201527f7265706169722072657761726420657863656564732077686174206973206c65604482015270667420616674657220736c617368696e6760781b6064820152608401610072565b60648160c0015160ff16111561047e576040516389a6198960e01b815260206004820152601a60248201527f76616c696461746f7220726577617264206f76657220313030250000000000006044820152606401610072565b80610100015160ff165f036104d6576040516389a6198960e01b815260206004820152601760248201527f6d61785265736572766174696f6e73206973207a65726f0000000000000000006044820152606401610072565b8061012001516001600160401b03165f03610534576040516389a6198960e01b815260206004820152601a60248201527f7265736572766174696f6e54696d656f7574206973207a65726f0000000000006044820152606401610072565b8061014001516001600160401b03165f03610592576040516389a6198960e01b815260206004820152601a60248201527f6d6178526571756573744475726174696f6e206973207a65726f0000000000006044820152606401610072565b6001600160a01b0392831660809081529190921660a090815282516001600160401b0390811660c09081526020850151821660e090815260408601518316610100908152606087015184166101209081529587015160ff90811661014090815295880151811661016052928701518316610180529086015182166101a052850151166101c0529183015182166101e05290910151166102005261097d565b6001600160a01b0381168114610644575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b60405161016081016001600160401b038111828210171561067e5761067e610647565b60405290565b60405160c081016001600160401b038111828210171561067e5761067e610647565b80516001600160401b03811681146106bc575f5ffd5b919050565b805160ff811681146106bc575f5ffd5b5f5f5f8385036101a08112156106e5575f5ffd5b84516106f081610630565b602086015190945061070181610630565b9250610160603f1982011215610715575f5ffd5b5061071e61065b565b61072a604086016106a6565b8152610738606086016106a6565b6020820152610749608086016106a6565b604082015261075a60a086016106a6565b606082015261076b60c086016106c1565b608082015261077c60e086016106c1565b60a082015261078e61010086016106c1565b60c08201526107a061012086016106c1565b60e08201526107b261014086016106c1565b6101008201526107c561016086016106a6565b6101208201526107d861018086016106a6565b610140820152809150509250925092565b5f82601f8301126107f8575f5ffd5b81516001600160401b0381111561081157610811610647565b604051601f8201601f19908116603f011681016001600160401b038111828210171561083f5761083f610647565b604052818152838201602001851015610856575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b805180151581146106bc575f5ffd5b5f60208284031215610891575f5ffd5b81516001600160401b038111156108a6575f5ffd5b820160c081850312156108b7575f5ffd5b6108bf610684565b8151815260208201516001600160401b038111156108db575f5ffd5b6108e7868285016107e9565b6020830152506108f9604083016106a6565b604082015261090a606083016106a6565b606082015261091b608083016106a6565b608082015261092c60a08301610872565b60a0820152949350505050565b634e487b7160e01b5f52601160045260245ffd5b808202811582820484141761096457610964610939565b92915050565b8181038181111561096457610964610939565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e05161020051615a93610ab95f395f818161073e015261332f01525f818161070e015261169b01525f81816106e5015261163601525f81816106bc0152612c9001525f81816106930152610dd801525f818161066a0152610ef201525f818161064101528181610d870152613b5d01525f818161061101526134ec01525f81816105e101526134a001525f81816105b101528181610bd901528181614371015261441d01525f81816105810152818161282f01528181612c2e01526147ac01525f81816103d70152612b7601525f818161090d01528181610f47015281816113da015281816117ce0152818161199e015281816119f101528181611d27015281816146b101526147760152615a935ff3fe608060405234801561000f575f5ffd5b50600436106102c1575f3560e01c8063757105791161017c578063b7c1b4f0116100dd578063d424e7e011610093578063f752196b1161006e578063f752196b146108b6578063fb1e61ca146108e8578063fc0c546a14610908575f5ffd5b8063d424e7e014610888578063df3c41671461089b578063f3b8bd5e146108a3575f5ffd5b8063be5cdc48116100c3578063be5cdc4814610859578063c0cc4add1461086c578063c0f3f2e91461087f575f5ffd5b8063b7c1b4f014610833578063bbbb564f14610846575f5ffd5b8063a36f125511610132578063a82da60d11610118578063a82da60d14610801578063b396dc7914610809578063b3c190181461082a575f5ffd5b8063a36f1255146107db578063a3a0807e146107ee575f5ffd5b80637bde51ae116101625780637bde51ae1461077c57806382d67e5a146107a8578063a29c29a4146107c8575f5ffd5b806375710579146104f857806379502c5514610518575f5ffd5b8063278a3caf116102265780635f350213116101dc5780636b00c8cf116101c25780636b00c8cf1461049a5780636e2b54ee146104c5578063748de917146104d8575f5ffd5b80635f350213146104675780636317e00b1461047a575f5ffd5b806339311ef41161020c57806339311ef41461041157806342656f66146104245780635b29a84e14610454575f5ffd5b8063278a3caf146103af5780632b7ac3f3146103d2575f5ffd5b806308695fcd1161027b5780631282760211610261578063128276021461036257806325c2cd121461037557806327614ec41461039c575f5ffd5b806308695fcd1461033c5780630d283a821461034f575f5ffd5b806305b90773116102ab57806305b90773146102ff578063060406181461031f578063068edcda14610327575f5ffd5b8062f74588146102c557806301c11d96146102eb575b5f5ffd5b6102d86102d3366004614acd565b61092f565b6040519081526020015b60405180910390f35b6102d86c0100000000000000000000000081565b61031261030d366004614acd565b61099c565b6040516102e29190614b25565b6102d86109b8565b61033a610335366004614b4a565b6109c6565b005b61033a61034a366004614b76565b610b60565b6102d861035d366004614b96565b610f78565b61033a610370366004614bee565b61140c565b6102d87f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000181565b6102d86103aa366004614acd565b611801565b6103c26103bd366004614b76565b61180b565b60405190151581526020016102e2565b6103f97f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016102e2565b61033a61041f366004614c1c565b61183a565b610437610432366004614acd565b611a41565b6040805193845291151560208401521515908201526060016102e2565b6102d8610462366004614c6d565b611a5b565b6102d8610475366004614bee565b611a6e565b61048d610488366004614acd565b611a79565b6040516102e29190614ca0565b6103f96104a8366004614acd565b5f908152600260205260409020600101546001600160a01b031690565b61033a6104d3366004614acd565b611b85565b6104eb6104e6366004614acd565b611d54565b6040516102e29190614d27565b61050b610506366004614bee565b611ed8565b6040516102e29190614d72565b61076f60408051610160810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101919091526040518061016001604052807f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000060ff1681526020017f000000000000000000000000000000000000000000000000000000000000000060ff1681526020017f000000000000000000000000000000000000000000000000000000000000000060ff1681526020017f000000000000000000000000000000000000000000000000000000000000000060ff1681526020017f000000000000000000000000000000000000000000000000000000000000000060ff1681526020017f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff16815250905090565b6040516102e29190614d80565b61078f61078a366004614c6d565b611f4b565b60405167ffffffffffffffff90911681526020016102e2565b6107bb6107b6366004614acd565b61203d565b6040516102e29190614e8d565b61033a6107d6366004614acd565b61217a565b6102d86107e9366004614acd565b6122be565b6103c26107fc366004614acd565b6122c8565b6102d8608081565b61081c610817366004614acd565b6122ec565b6040516102e29291906150a2565b6102d8617a6981565b6102d8610841366004614acd565b6124be565b6102d8610854366004614acd565b612513565b61050b610867366004614acd565b612525565b6103c261087a366004614acd565b612559565b61078f61010081565b6102d86108963660046150cd565b612566565b61033a612572565b6103c26108b1366004614b76565b61257c565b6102d86108c4366004614acd565b5f908152600260208190526040909120015468010000000000000000900460ff1690565b6108fb6108f6366004614acd565b61258f565b6040516102e29190615103565b6103f97f000000000000000000000000000000000000000000000000000000000000000081565b5f81815260026020819052604082209060028201546901000000000000000000900460ff16600781111561096557610965614ae4565b1461097257505f92915050565b80545f908152600160205260409020610994818361098f82612731565b6127ce565b949350505050565b5f8181526001602052604081206109b290612731565b92915050565b5f6109c1612820565b905090565b5f6109d083612855565b80545f9081526001602052604090209091506109ea6128a2565b5f6109f3612820565b90505f5f610a03848689866128cc565b9150915081610a4d576040517f408df01900000000000000000000000000000000000000000000000000000000815260048101889052602481018490526044015b60405180910390fd5b5f878152600660209081526040808320600887901c845290915290205460ff84161c60011615610ab3576040517fb17770b30000000000000000000000000000000000000000000000000000000081526004810188905260248101849052604401610a44565b6001850154610b05908790610ad49084908b906001600160a01b0316612abb565b6004870154600189015474010000000000000000000000000000000000000000900467ffffffffffffffff16612b24565b5f878152600660209081526040808320600887901c84529091528082208054600160ff88161b17905551849189917f3c0e85acf452e867ee09c9151d2cf45fe6d6a729271347e89a9a6b91b081f31d9190a350505050505050565b5f610b6a83612855565b80545f908152600160205260409020909150610b84612820565b8310610bbf576040517f835cda2900000000000000000000000000000000000000000000000000000000815260048101849052602401610a44565b5f610bc984612c22565b9050610bff67ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001682615142565b4210610c3a576040517f7b3c329400000000000000000000000000000000000000000000000000000000815260048101859052602401610a44565b610c426128a2565b5f610c4f838588886128cc565b50905080610c93576040517f408df0190000000000000000000000000000000000000000000000000000000081526004810187905260248101869052604401610a44565b5f868152600660209081526040808320600889901c845290915290205460ff86161c60011615610cf9576040517fb17770b30000000000000000000000000000000000000000000000000000000081526004810187905260248101869052604401610a44565b5f86815260076020908152604080832088845290915290205460ff1615610d56576040517fdca21ba00000000000000000000000000000000000000000000000000000000081526004810187905260248101869052604401610a44565b5f8681526007602090815260408083208884529091528120805460ff191660011790556006840154606490610daf907f000000000000000000000000000000000000000000000000000000000000000060ff1690615155565b610db99190615199565b90508460030154811115610dce575060038401545b5f6064610dfe60ff7f00000000000000000000000000000000000000000000000000000000000000001684615155565b610e089190615199565b60018701549091506001600160a01b03163303610e2257505f5b81866003015f828254610e3591906151ac565b90915550610e45905081836151ac565b856008015f828254610e579190615142565b909155505060028601805460019190600890610e8390849068010000000000000000900460ff166151bf565b92506101000a81548160ff021916908360ff160217905550336001600160a01b031687897fe4c2a99aeb10163f2ad524aa1f3285df1ae8ba76c576bfc1439305c99dcfa4cd8585604051610ee1929190918252602082015260400190565b60405180910390a4600286015460ff7f00000000000000000000000000000000000000000000000000000000000000008116680100000000000000009092041610610f3457610f348587885f0154612c63565b8015610f6e57610f6e6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016338361307e565b5050505050505050565b5f610f82826130f7565b81604051602001610f939190615279565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815291815281516020928301205f818152600190935290822090925090815460ff166005811115610fef57610fef614ae4565b14611029576040517fa4a99c6100000000000000000000000000000000000000000000000000000000815260048101839052602401610a44565b6110316128a2565b602083015f60a085013561104b60608701604088016153d5565b67ffffffffffffffff1661105f9190615155565b90505f61106f60208401846153d5565b67ffffffffffffffff1661108960608501604086016153d5565b61109d9067ffffffffffffffff1684615155565b6110a79190615155565b5f868152602081905260409020909150429087906110c58282615689565b5050845467ffffffffffffffff821662010000027fffffffffffffffffffffffffffffffffffffffffffff0000000000000000ff00909116176001178555611115610140880161012089016153d5565b61111f90826158da565b855467ffffffffffffffff919091166a0100000000000000000000027fffffffffffffffffffffffffffff0000000000000000ffffffffffffffffffff90911617855561117260608501604086016153d5565b61117c90826158da565b855467ffffffffffffffff919091167201000000000000000000000000000000000000027fffffffffffff0000000000000000ffffffffffffffffffffffffffffffffffff9091161785556111d460208501856153d5565b6002860180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff9290921691909117905561121f60e0850160c086016153d5565b60028601805467ffffffffffffffff9290921668010000000000000000027fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff90921691909117905561127760808501606086016153d5565b60028601805467ffffffffffffffff92909216700100000000000000000000000000000000027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff9092169190911790556112d460208801886158fa565b6003860180547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b039290921691909117905561131c6101008801886153fc565b60209081013560048701556005860184905560a08501359061134490604087019087016153d5565b67ffffffffffffffff166113589190615155565b60068601556008850182905561137160208801886158fa565b6001600160a01b0316867fa0f8d354e6a897b29de3ffa6d4611b40e05e02be5e578df72c4278437460804886885f01600a9054906101000a900467ffffffffffffffff16866040516113c593929190615915565b60405180910390a36114026001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163330856137cb565b5050505050919050565b5f61141683613804565b90505f5f611425858585613862565b915091506114338382613972565b5061143e8583613aaa565b5f828152600360205260408120905b8154811015611630574282828154811061146957611469615940565b5f9182526020909120015474010000000000000000000000000000000000000000900467ffffffffffffffff16116115b757815482906114ab906001906151ac565b815481106114bb576114bb615940565b905f5260205f20018282815481106114d5576114d5615940565b5f91825260209091208254910180546001600160a01b039092167fffffffffffffffffffffffff000000000000000000000000000000000000000083168117825592547fffffffff00000000000000000000000000000000000000000000000000000000909216909217740100000000000000000000000000000000000000009182900467ffffffffffffffff16909102179055815482908061157a5761157a61596d565b5f8281526020902081015f1990810180547fffffffff0000000000000000000000000000000000000000000000000000000016905501905561144d565b336001600160a01b03168282815481106115d3576115d3615940565b5f918252602090912001546001600160a01b03160361161e576040517f87b34a0600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b806116288161599a565b91505061144d565b815460ff7f0000000000000000000000000000000000000000000000000000000000000000161161168d576040517f672dca1500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6116956128a2565b5f6116c07f0000000000000000000000000000000000000000000000000000000000000000426158da565b6040805180820190915233815267ffffffffffffffff808316602080840191825287546001810189555f898152918220945194018054925190931674010000000000000000000000000000000000000000027fffffffff000000000000000000000000000000000000000000000000000000009092166001600160a01b03949094169390931717905590915061175587613b58565b90508087600a015f82825461176a9190615142565b90915550506040805167ffffffffffffffff8481168252602082018490523392908b16918c917ff7f23a9d1e8ae6cf5e2514abbcf97a4cffba18587c85b9248425d5105a301b9b910160405180910390a480156117f6576117f66001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163330846137cb565b505050505050505050565b5f6109b282612c22565b5f828152600660209081526040808320600885901c845290915281205460ff83161c60011615155b9392505050565b5f61184484613804565b90505f5f611853868685613862565b915091505f6118628483613972565b905061186e8784613aaa565b5f5f61187985613b98565b915091506118856128a2565b5f61188e612820565b90505f5f61189b83613dcc565b5091509150806118da576040517fc7234db200000000000000000000000000000000000000000000000000000000815260048101849052602401610a44565b6118f48a6118e9848b33612abb565b8b600401548e612b24565b5f888152600660209081526040808320600887901c845290915290208054600160ff86161b17905561192889888e89613e59565b5f6119328a613b58565b60068b0154909150851561194d5761194a82826151ac565b90505b85611958575f61195b565b60015b60ff16875161196a9190615142565b6119749083615155565b8b600a015f82825461198691906151ac565b909155505080156119c6576119c66001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163330846137cb565b5f5b8751811015611a3057611a288882815181106119e6576119e6615940565b6020026020010151847f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031661307e9092919063ffffffff16565b6001016119c8565b505050505050505050505050505050565b5f5f5f611a4d84613dcc565b9250925092505b9193909250565b5f61183383611a68612820565b846141f4565b5f6118338383614229565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905290611ac283612855565b9050604051806101000160405280611aed60015f855f015481526020019081526020015f208461426e565b6007811115611afe57611afe614ae4565b815282546020820152600183015467ffffffffffffffff740100000000000000000000000000000000000000008204811660408401526001600160a01b0390911660608301526002840154908116608083015260ff680100000000000000009091041660a0820152600383015460c082015260049092015460e09092019190915292915050565b5f611b8f82613804565b60038101549091506001600160a01b03163314611bda576040517f4a0bfec1000000000000000000000000000000000000000000000000000000008152336004820152602401610a44565b5f611be482612731565b90506001816005811115611bfa57611bfa614ae4565b1480611c1757506002816005811115611c1557611c15614ae4565b145b15611c5057806040517f1d810594000000000000000000000000000000000000000000000000000000008152600401610a449190614b25565b611c5a8282614344565b8154610100900460ff1615611c9e576040517fc4e4c7d900000000000000000000000000000000000000000000000000000000815260048101849052602401610a44565b5f611ca9838361448f565b83547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff16610100178455604051909150339085907f153c2cd6ce291a0615516fae8ebb447d7d358491eeefe54fdf184d05637f544390611d0c90869086906159b2565b60405180910390a38015611d4e57611d4e6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016338361307e565b50505050565b5f818152600360205260408120606091805b8254811015611dcb5742838281548110611d8257611d82615940565b5f9182526020909120015474010000000000000000000000000000000000000000900467ffffffffffffffff161115611dc35781611dbf8161599a565b9250505b600101611d66565b508067ffffffffffffffff811115611de557611de5615499565b604051908082528060200260200182016040528015611e0e578160200160208202803683370190505b5092505f805b8354811015611ecf5742848281548110611e3057611e30615940565b5f9182526020909120015474010000000000000000000000000000000000000000900467ffffffffffffffff161115611ec757838181548110611e7557611e75615940565b5f918252602090912001546001600160a01b03168583611e948161599a565b945081518110611ea657611ea6615940565b60200260200101906001600160a01b031690816001600160a01b0316815250505b600101611e14565b50505050919050565b5f82815260016020526040812081815460ff166005811115611efc57611efc614ae4565b1480611f1a5750600281015467ffffffffffffffff90811690841610155b15611f28575f9150506109b2565b6109948160025f611f398888614229565b81526020019081526020015f2061426e565b5f828152600360205260408120815b815481101561203357836001600160a01b0316828281548110611f7f57611f7f615940565b5f918252602090912001546001600160a01b0316148015611fdd575042828281548110611fae57611fae615940565b5f9182526020909120015474010000000000000000000000000000000000000000900467ffffffffffffffff16115b1561202b57818181548110611ff457611ff4615940565b5f9182526020909120015474010000000000000000000000000000000000000000900467ffffffffffffffff1692506109b2915050565b600101611f5a565b505f949350505050565b60408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290529061208e83613804565b90506040518061012001604052806120a583612731565b60058111156120b6576120b6614ae4565b8152825467ffffffffffffffff620100008204811660208401526a010000000000000000000082048116604084015272010000000000000000000000000000000000008204811660608401526001909401548085166080840152680100000000000000008104851660a08401527001000000000000000000000000000000008104851660c08401527801000000000000000000000000000000000000000000000000900490931660e082015260ff6101009384900416151592019190915292915050565b5f61218482612855565b60018101549091506001600160a01b031633146121cf576040517f4a0bfec1000000000000000000000000000000000000000000000000000000008152336004820152602401610a44565b80545f818152600160205260408120906121e882612731565b905060018160058111156121fe576121fe614ae4565b036122135761220e828585614518565b6122b7565b600281600581111561222757612227614ae4565b0361223f576122346128a2565b61220e828585612c63565b600560028501546901000000000000000000900460ff16600781111561226757612267614ae4565b036122a15760056040517fd7f0e308000000000000000000000000000000000000000000000000000000008152600401610a449190614d72565b6122ab8282614344565b6122b7828587846146d8565b5050505050565b5f6109b28261479d565b5f6122e5826122d5612820565b6122e0906001615142565b6147d2565b5092915050565b6122f4614a02565b5f5f6122ff84612855565b80545f9081526020818152604091829020600180850154845160a0808201875284546001600160a01b03168252865160e0810188529385015467ffffffffffffffff808216865268010000000000000000820481168689015270010000000000000000000000000000000082048116868a0152780100000000000000000000000000000000000000000000000090910481166060860152600286015460808601526003860154918501919091526004850154811660c08501529481019290925284518086018652600584018054979850939674010000000000000000000000000000000000000000909204909416949193869392850192909182908290612405906154c6565b80601f0160208091040260200160405190810160405280929190818152602001828054612431906154c6565b801561247c5780601f106124535761010080835404028352916020019161247c565b820191905f5260205f20905b81548152906001019060200180831161245f57829003601f168201915b505050918352505060019190910154602091820152908252600783015467ffffffffffffffff1690820152600890910154604090910152969095509350505050565b5f81815260016020526040812081815460ff1660058111156124e2576124e2614ae4565b14806124f457508054610100900460ff165b1561250157505f92915050565b6118338161250e83612731565b61448f565b5f6109b261252083613804565b613b58565b5f818152600260205260408120805461254057505f92915050565b80545f908152600160205260409020611833908261426e565b5f6122e5826122e0612820565b5f6109948484846141f4565b61257a6128a2565b565b5f61258783836147d2565b509392505050565b612597614a02565b6125a082613804565b505f8281526020818152604091829020825160a0808201855282546001600160a01b03168252845160e081018652600184015467ffffffffffffffff8082168352680100000000000000008204811683880152700100000000000000000000000000000000820481168389015278010000000000000000000000000000000000000000000000009091048116606083015260028501546080830152600385015492820192909252600484015490911660c0820152928101929092528251808401845260058201805493949293928501928290829061267d906154c6565b80601f01602080910402602001604051908101604052809291908181526020018280546126a9906154c6565b80156126f45780601f106126cb576101008083540402835291602001916126f4565b820191905f5260205f20905b8154815290600101906020018083116126d757829003601f168201915b505050918352505060019190910154602091820152908252600783015467ffffffffffffffff169082015260089091015460409091015292915050565b80545f9060ff16600181600581111561274c5761274c614ae4565b148015612771575082546a0100000000000000000000900467ffffffffffffffff1642115b1561277f5750600392915050565b600281600581111561279357612793614ae4565b1480156127c0575082547201000000000000000000000000000000000000900467ffffffffffffffff1642115b156109b25750600492915050565b60028201545f9067ffffffffffffffff166127e9858461481c565b6127f391906151ac565b84600501546128029190615155565b836004015484600301546128169190615142565b6109949190615142565b5f6109c167ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001642615199565b5f818152600260205260409020805461289d576040517fb26dbc2f00000000000000000000000000000000000000000000000000000000815260048101839052602401610a44565b919050565b5f6128ab612820565b90506128b6816148b6565b6128c96128c4826001615142565b6148b6565b50565b5f806002808601546901000000000000000000900460ff1660078111156128f5576128f5614ae4565b1461290457505f905080612ab2565b855460ff16600281600581111561291d5761291d614ae4565b1415801561296b5750600581600581111561293a5761293a614ae4565b1480156129695750600187015468010000000000000000900467ffffffffffffffff1661296685612c22565b11155b155b1561297c57505f9150819050612ab2565b612984612820565b61298f906001615142565b8411156129a257505f9150819050612ab2565b5f6129ac8561479d565b600189015490915067ffffffffffffffff168110806129d85750600287015467ffffffffffffffff1681105b80612a0b575087547201000000000000000000000000000000000000900467ffffffffffffffff16612a0986612c22565b115b15612a1e57505f9250829150612ab29050565b5f5f5f612a2a88613dcc565b925092509250811580612a3b575080155b15612a5157505f9550859450612ab29350505050565b6040805160208082018690528183018c90528251808303840181526060909201909252805191012060028c0154612aa690700100000000000000000000000000000000900467ffffffffffffffff16826159cd565b15975092955050505050505b94509492505050565b60408051602081018590529081018390526001600160a01b03821660608201525f907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000190608001604051602081830303815290604052805190602001205f1c61099491906159cd565b604080516060810182528481526020810184905267ffffffffffffffff83168183015290517f30983e920000000000000000000000000000000000000000000000000000000081526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906330983e9290612bad90889085906004016159e0565b602060405180830381865afa158015612bc8573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612bec9190615a54565b6122b7576040517f09bde33900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f67ffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016612c59836001615142565b6109b29190615155565b6001820154600483015460038401546001600160a01b03909216915f91612c8991615142565b90505f60647f000000000000000000000000000000000000000000000000000000000000000060ff168760060154612cc19190615155565b612ccb9190615199565b905081811115612cd85750805b60018681018054601090612d0b908490700100000000000000000000000000000000900467ffffffffffffffff16615a73565b92506101000a81548167ffffffffffffffff021916908367ffffffffffffffff160217905550846002015f9054906101000a900467ffffffffffffffff1667ffffffffffffffff16866007015f828254612d6591906151ac565b909155505060018681018054601890612da59084907801000000000000000000000000000000000000000000000000900467ffffffffffffffff166158da565b92506101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055508082612dd791906151ac565b866008015f828254612de99190615142565b9250508190555080866009015f828254612e039190615142565b9091555050600185810180547fffffffffffffffffffffffff00000000000000000000000000000000000000001681556002870180545f60038a018190556004808b018790557fffffffffffffffffffffffffffffffffffffffffffff00000000000000000000909216690700000000000000000017909255878252602090815260408083206001600160a01b03891684529091528120805460ff19169055905460059190612ed590889074010000000000000000000000000000000000000000900467ffffffffffffffff16614229565b815260208082019290925260409081015f9081206001600160a01b03881680835290845290829020805460ff191694151594909417909355600188015490518481527401000000000000000000000000000000000000000090910467ffffffffffffffff169187917fda720d31b138c4ca4c5ed18cacf9e38de9b3ef65e7f10eb40fc7753dd03f2675910160405180910390a46002865460ff166005811115612f8057612f80614ae4565b148015612fcb5750600286015460018701546801000000000000000090910467ffffffffffffffff908116780100000000000000000000000000000000000000000000000090920416115b8015612ff8575085547201000000000000000000000000000000000000900467ffffffffffffffff164211155b1561307657855460ff1916600517865560018601805467ffffffffffffffff421668010000000000000000027fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff90911617905560405184907f4769361a442504ecaf038f35e119bcccdd5e42096b24c09e3c17fd17c6684c02905f90a25b505050505050565b6040516001600160a01b038381166024830152604482018390526130f291859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff838183161783525050505061497d565b505050565b602081013361310682846158fa565b6001600160a01b031614613148576040517f4a0bfec1000000000000000000000000000000000000000000000000000000008152336004820152602401610a44565b61315560208201826153d5565b67ffffffffffffffff161580613182575061010061317660208301836153d5565b67ffffffffffffffff16115b156131e9576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152600560248201527f736c6f74730000000000000000000000000000000000000000000000000000006044820152606401610a44565b6131f660208201826153d5565b67ffffffffffffffff1661321060e0830160c084016153d5565b67ffffffffffffffff1610613281576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152600b60248201527f6d6178536c6f744c6f73730000000000000000000000000000000000000000006044820152606401610a44565b61329160408201602083016153d5565b67ffffffffffffffff165f03613303576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152600860248201527f736c6f7453697a650000000000000000000000000000000000000000000000006044820152606401610a44565b61331360608201604083016153d5565b67ffffffffffffffff16158061336b575067ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001661335f60608301604084016153d5565b67ffffffffffffffff16115b156133d2576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152600860248201527f6475726174696f6e0000000000000000000000000000000000000000000000006044820152606401610a44565b6133e4610140830161012084016153d5565b67ffffffffffffffff16158061342e575061340560608201604083016153d5565b67ffffffffffffffff16613421610140840161012085016153d5565b67ffffffffffffffff1610155b15613495576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152600660248201527f65787069727900000000000000000000000000000000000000000000000000006044820152606401610a44565b67ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166134d060808301606084016153d5565b67ffffffffffffffff161080613528575067ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001661351c60808301606084016153d5565b67ffffffffffffffff16115b1561358f576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152601060248201527f70726f6f6650726f626162696c697479000000000000000000000000000000006044820152606401610a44565b608081013515806135b157506c01000000000000000000000000816080013510155b15613618576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152601560248201527f7072696365506572427974655065725365636f6e6400000000000000000000006044820152606401610a44565b60a0810135158061363a57506c010000000000000000000000008160a0013510155b156136a1576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152601160248201527f636f6c6c61746572616c506572427974650000000000000000000000000000006044820152606401610a44565b5f6136b06101008401846153fc565b6136ba9080615438565b9150508015806136ca5750608081115b15613731576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152600360248201527f63696400000000000000000000000000000000000000000000000000000000006044820152606401610a44565b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000016137606101008501856153fc565b60200135106130f2576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152600a60248201527f766572696679526f6f74000000000000000000000000000000000000000000006044820152606401610a44565b6040516001600160a01b038481166024830152838116604483015260648201839052611d4e9186918216906323b872dd906084016130ab565b5f81815260016020526040812090815460ff16600581111561382857613828614ae4565b0361289d576040517f7bbe34c900000000000000000000000000000000000000000000000000000000815260048101839052602401610a44565b60028101545f90819067ffffffffffffffff908116908516106138bd576040517f17bc32db00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff85166004820152602401610a44565b6138c78585614229565b5f8181526002602052604090208054919350915061396a57848155600180820180547fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000067ffffffffffffffff8816021790556002820180547fffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffff1669010000000000000000008302179055505b935093915050565b5f5f61397d84612731565b60028401549091506901000000000000000000900460ff1660018260058111156139a9576139a9614ae4565b03613a055760018160078111156139c2576139c2614ae4565b146139fb57806040517fd7f0e308000000000000000000000000000000000000000000000000000000008152600401610a449190614d72565b5f925050506109b2565b6002826005811115613a1957613a19614ae4565b03613a76576007816007811115613a3257613a32614ae4565b14613a6b57806040517fd7f0e308000000000000000000000000000000000000000000000000000000008152600401610a449190614d72565b6001925050506109b2565b816040517f1d810594000000000000000000000000000000000000000000000000000000008152600401610a449190614b25565b5f82815260046020908152604080832033845290915290205460ff1615613aff576040517f10bf544d000000000000000000000000000000000000000000000000000000008152336004820152602401610a44565b5f81815260056020908152604080832033845290915290205460ff1615613b54576040517f19b8cb5d000000000000000000000000000000000000000000000000000000008152336004820152602401610a44565b5050565b5f60647f000000000000000000000000000000000000000000000000000000000000000060ff168360060154613b8e9190615155565b6109b29190615199565b5f81815260036020526040812080546060929190808303613bbe575091935f9350915050565b5f805b82811015613c635742848281548110613bdc57613bdc615940565b5f9182526020909120015474010000000000000000000000000000000000000000900467ffffffffffffffff161115613c5b57336001600160a01b0316848281548110613c2b57613c2b615940565b5f918252602090912001546001600160a01b031603613c4d5760019450613c5b565b81613c578161599a565b9250505b600101613bc1565b505f81118015613c71575083155b15613ca8576040517f81fdcd7e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8067ffffffffffffffff811115613cc157613cc1615499565b604051908082528060200260200182016040528015613cea578160200160208202803683370190505b5094505f805b83811015613dac575f858281548110613d0b57613d0b615940565b5f9182526020909120018054909150427401000000000000000000000000000000000000000090910467ffffffffffffffff16118015613d55575080546001600160a01b03163314155b15613da35780546001600160a01b03168884613d708161599a565b955081518110613d8257613d82615940565b60200260200101906001600160a01b031690816001600160a01b0316815250505b50600101613cf0565b505f878152600360205260408120613dc391614a7c565b50505050915091565b5f81815260086020526040812080548291829167ffffffffffffffff16808303613e0157505f9350839250829150611a549050565b815468010000000000000000900460401b7fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000166001613e3f8861479d565b919890975067ffffffffffffffff90921610945092505050565b60068401546001840180547fffffffffffffffffffffffff00000000000000000000000000000000000000001633179055600280850180547fffffffffffffffffffffffffffffffffffffffffffffff000000000000000000811667ffffffffffffffff429081169182178455949392917fffffffffffffffffffffffffffffffffffffffffffff0000000000000000000016176901000000000000000000830217905550600385018190555f8481526004602090815260408083203384529091529020805460ff191660019081179091558681018054601090613f5d90849067ffffffffffffffff700100000000000000000000000000000000909104166158da565b92506101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055508167ffffffffffffffff16866007015f828254613fa09190615142565b90915550506001850154604080518381528515156020820152339274010000000000000000000000000000000000000000900467ffffffffffffffff169187917fc212a62354384ab4f827252941f6f8a31432bc233e552f649008d638532c4329910160405180910390a4821561414c576004850154600187015487545f9161404d9167ffffffffffffffff91821691720100000000000000000000000000000000000090910416615a73565b885467ffffffffffffffff9182169161407f918791720100000000000000000000000000000000000090910416615a73565b6140939067ffffffffffffffff1684615155565b61409d9190615199565b600488018190556001898101805492935090916018906140e49084907801000000000000000000000000000000000000000000000000900467ffffffffffffffff16615a73565b92506101000a81548167ffffffffffffffff021916908367ffffffffffffffff16021790555081886009015f82825461411d91906151ac565b9091555061412d905081836151ac565b886008015f82825461413f9190615142565b9091555061307692505050565b6002860154600187015467ffffffffffffffff9182167001000000000000000000000000000000009091049091161061307657855460ff1916600217865560018601805467ffffffffffffffff84167fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000090911617905560405184907fb8bfe4ee9bf646eaec6391ae7bb765f848a10dabf80654cdcd1da215901b6914905f90a2505050505050565b5f5f5f61420085613dcc565b509150915080614214575f92505050611833565b61421f828786612abb565b9695505050505050565b5f828260405160200161425092919091825267ffffffffffffffff16602082015260400190565b60405160208183030381529060405280519060200120905092915050565b5f600560028301546901000000000000000000900460ff16600781111561429757614297614ae4565b036142a4575060056109b2565b5f6142ae84612731565b905060038160058111156142c4576142c4614ae4565b036142d35760069150506109b2565b60058160058111156142e7576142e7614ae4565b036142f65760049150506109b2565b600481600581111561430a5761430a614ae4565b036143195760039150506109b2565b82546143295760019150506109b2565b5050600201546901000000000000000000900460ff16919050565b600481600581111561435857614358614ae4565b1480156143b3575081546143af9067ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000008116917201000000000000000000000000000000000000900416615142565b4211155b156143ed5760026040517f1d810594000000000000000000000000000000000000000000000000000000008152600401610a449190614b25565b600581600581111561440157614401614ae4565b148015614455575060018201546144519067ffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000081169168010000000000000000900416615142565b4211155b15613b545760056040517f1d810594000000000000000000000000000000000000000000000000000000008152600401610a449190614b25565b600782015460018301545f918291700100000000000000000000000000000000900467ffffffffffffffff166144c5868661481c565b6144cf9190615155565b6144d991906151ac565b84600501546144e89190615155565b90508084600a0154856009015486600801546145049190615142565b61450e9190615142565b61099491906151ac565b600182810154600384015485830180546001600160a01b03909316939192601090614562908490700100000000000000000000000000000000900467ffffffffffffffff16615a73565b92506101000a81548167ffffffffffffffff021916908367ffffffffffffffff160217905550836002015f9054906101000a900467ffffffffffffffff1667ffffffffffffffff16856007015f8282546145bc91906151ac565b90915550506001840180547fffffffffffffffffffffffff00000000000000000000000000000000000000001681556002850180545f600388018190557fffffffffffffffffffffffffffffffffffffffffffff00ff00000000000000009091166901000000000000000000179091558481526004602090815260408083206001600160a01b0387168085529252808320805460ff1916905592549251909274010000000000000000000000000000000000000000900467ffffffffffffffff169186917ff186f84f6208b21d0b91c9d5d68111f881618fb65aad9a153e5083a8d7ec04e09190a46122b76001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016838361307e565b5f6146e48585846127ce565b60028501805469050000000000000000007fffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffff9091161790555f600386018190556004860155604051818152909150339084907fae743959155d26834a1eab52f61cf24a69645733bda1f49a220c4bafa88107519060200160405180910390a380156122b7576122b76001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016338361307e565b5f6109b267ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001683615155565b5f82815260026020526040812080548291906147f457505f9150819050614815565b80545f90815260016020526040902061480f908287876128cc565b92509250505b9250929050565b5f600382600581111561483157614831614ae4565b03614856575081546a0100000000000000000000900467ffffffffffffffff166109b2565b600582600581111561486a5761486a614ae4565b036148905750600182015468010000000000000000900467ffffffffffffffff166109b2565b5050547201000000000000000000000000000000000000900467ffffffffffffffff1690565b5f818152600860205260409020805467ffffffffffffffff16156148d8575050565b5f600243116148e7575f6148f4565b6148f26002436151ac565b405b604080514460208083019190915281830184905260608083018890528351808403909101815260808301808552815191909201204267ffffffffffffffff1690841c6801000000000000000002178655439052905191925084917f7533b1b4824739aa6ccaa9fe69ebabf7cd867b3c42f18208b088f10a2ebf51c99181900360a00190a2505050565b5f5f60205f8451602086015f885af18061499c576040513d5f823e3d81fd5b50505f513d915081156149b35780600114156149c0565b6001600160a01b0384163b155b15611d4e576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610a44565b6040805160a080820183525f808352835160e0810185528181526020818101839052948101829052606081018290526080810182905291820181905260c082015290918201908152602001614a696040518060400160405280606081526020015f81525090565b81525f6020820181905260409091015290565b5080545f8255905f5260205f20908101906128c991905b80821115614ac95780547fffffffff00000000000000000000000000000000000000000000000000000000168155600101614a93565b5090565b5f60208284031215614add575f5ffd5b5035919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60068110614b2157614b21614ae4565b9052565b602081016109b28284614b11565b5f6101008284031215614b44575f5ffd5b50919050565b5f5f6101208385031215614b5c575f5ffd5b82359150614b6d8460208501614b33565b90509250929050565b5f5f60408385031215614b87575f5ffd5b50508035926020909101359150565b5f60208284031215614ba6575f5ffd5b813567ffffffffffffffff811115614bbc575f5ffd5b82016101608185031215611833575f5ffd5b67ffffffffffffffff811681146128c9575f5ffd5b803561289d81614bce565b5f5f60408385031215614bff575f5ffd5b823591506020830135614c1181614bce565b809150509250929050565b5f5f5f6101408486031215614c2f575f5ffd5b833592506020840135614c4181614bce565b9150614c508560408601614b33565b90509250925092565b6001600160a01b03811681146128c9575f5ffd5b5f5f60408385031215614c7e575f5ffd5b823591506020830135614c1181614c59565b60088110614b2157614b21614ae4565b5f61010082019050614cb3828451614c90565b6020830151602083015267ffffffffffffffff60408401511660408301526001600160a01b03606084015116606083015267ffffffffffffffff608084015116608083015260a0830151614d0c60a084018260ff169052565b5060c083015160c083015260e083015160e083015292915050565b602080825282518282018190525f918401906040840190835b81811015614d675783516001600160a01b0316835260209384019390920191600101614d40565b509095945050505050565b602081016109b28284614c90565b815167ffffffffffffffff16815261016081016020830151614dae602084018267ffffffffffffffff169052565b506040830151614dca604084018267ffffffffffffffff169052565b506060830151614de6606084018267ffffffffffffffff169052565b506080830151614dfb608084018260ff169052565b5060a0830151614e1060a084018260ff169052565b5060c0830151614e2560c084018260ff169052565b5060e0830151614e3a60e084018260ff169052565b50610100830151614e5161010084018260ff169052565b50610120830151614e6f61012084018267ffffffffffffffff169052565b506101408301516122e561014084018267ffffffffffffffff169052565b5f61012082019050614ea0828451614b11565b67ffffffffffffffff602084015116602083015267ffffffffffffffff60408401511660408301526060830151614ee3606084018267ffffffffffffffff169052565b506080830151614eff608084018267ffffffffffffffff169052565b5060a0830151614f1b60a084018267ffffffffffffffff169052565b5060c0830151614f3760c084018267ffffffffffffffff169052565b5060e0830151614f5360e084018267ffffffffffffffff169052565b506101008301516122e561010084018215159052565b5f81516040845280518060408601528060208301606087015e5f606082870101526020840151602086015260607fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f8301168601019250505092915050565b6001600160a01b0381511682525f602082015167ffffffffffffffff815116602085015267ffffffffffffffff602082015116604085015267ffffffffffffffff604082015116606085015267ffffffffffffffff6060820151166080850152608081015160a085015260a081015160c085015267ffffffffffffffff60c08201511660e085015250604082015161016061010085015261506e610160850182614f69565b9050606083015161508c61012086018267ffffffffffffffff169052565b5060808301516101408501528091505092915050565b604081525f6150b46040830185614fc9565b905067ffffffffffffffff831660208301529392505050565b5f5f5f606084860312156150df575f5ffd5b833592506020840135915060408401356150f881614c59565b809150509250925092565b602081525f6118336020830184614fc9565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b808201808211156109b2576109b2615115565b80820281158282048414176109b2576109b2615115565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f826151a7576151a761516c565b500490565b818103818111156109b2576109b2615115565b60ff81811683821601908111156109b2576109b2615115565b80356151e381614bce565b67ffffffffffffffff16825260208101356151fd81614bce565b67ffffffffffffffff166020830152604081013561521a81614bce565b67ffffffffffffffff16604083015261523560608201614be3565b67ffffffffffffffff1660608301526080818101359083015260a0808201359083015261526460c08201614be3565b67ffffffffffffffff811660c0840152505050565b602081525f823561528981614c59565b6001600160a01b0381166020840152506152a960408301602085016151d8565b6101008301357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc18436030181126152de575f5ffd5b61016061012084015283018035368290037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe101811261531b575f5ffd5b810160208101903567ffffffffffffffff811115615337575f5ffd5b803603821315615345575f5ffd5b6040610180860152806101c086015280826101e08701375f8582016101e0015260208301356101a0860181905291506153816101208701614be3565b67ffffffffffffffff811661014087015292506101409590950135610160850152505050601f919091017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016016101e00190565b5f602082840312156153e5575f5ffd5b813561183381614bce565b5f81356109b281614bce565b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc183360301811261542e575f5ffd5b9190910192915050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe184360301811261546b575f5ffd5b83018035915067ffffffffffffffff821115615485575f5ffd5b602001915036819003821315614815575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b600181811c908216806154da57607f821691505b602082108103614b44577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b601f8211156130f257805f5260205f20601f840160051c810160208510156155365750805b601f840160051c820191505b818110156122b7575f8155600101615542565b81357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1833603018112615586575f5ffd5b8201803567ffffffffffffffff8111801561559f575f5ffd5b8136036020840113156155b0575f5ffd5b5f9050506155c8816155c285546154c6565b85615511565b5f601f8211600181146155fc575f83156155e55750838201602001355b5f19600385901b1c1916600184901b178555615676565b5f858152602081207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08516915b8281101561564b57602085880181013583559485019460019092019101615629565b508482101561566a575f1960f88660031b161c19602085880101351681555b505060018360011b0185555b5050505060209190910135600190910155565b813561569481614c59565b6001600160a01b0381167fffffffffffffffffffffffff0000000000000000000000000000000000000000835416178255506001810160208301356156d881614bce565b81547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff821617825550604083013561571981614bce565b81547fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff1660409190911b6fffffffffffffffff0000000000000000161781556157b0615767606085016153f0565b82547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff1660809190911b77ffffffffffffffff0000000000000000000000000000000016178255565b6158086157bf608085016153f0565b825477ffffffffffffffffffffffffffffffffffffffffffffffff1660c09190911b7fffffffffffffffff00000000000000000000000000000000000000000000000016178255565b5060a0820135600282015560c0820135600382015561586661582c60e084016153f0565b6004830167ffffffffffffffff82167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000008254161781555050565b6158806158776101008401846153fc565b60058301615555565b6158ca61589061012084016153f0565b6007830167ffffffffffffffff82167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000008254161781555050565b6101409190910135600890910155565b67ffffffffffffffff81811683821601908111156109b2576109b2615115565b5f6020828403121561590a575f5ffd5b813561183381614c59565b610120810161592482866151d8565b67ffffffffffffffff9390931660e08201526101000152919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603160045260245ffd5b5f5f1982036159ab576159ab615115565b5060010190565b604081016159c08285614b11565b8260208301529392505050565b5f826159db576159db61516c565b500690565b6101608101604084833760408201604085015f5b6002811015615a1557604082843760409283019291909101906001016159f4565b505050604060c0850160c08401376101008201835f5b6003811015615a4a578151835260209283019290910190600101615a2b565b5050509392505050565b5f60208284031215615a64575f5ffd5b81518015158114611833575f5ffd5b67ffffffffffffffff82811682821603908111156109b2576109b261511556
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"a\x02 `@R4\x80\x15a\0\x10W__\xFD[P`@QaeL8\x03\x80aeL\x839\x81\x01`@\x81\x90Ra\0/\x91a\x06\xD1V[`\x01`\x01`\xA0\x1B\x03\x83\x16a\0{W`@Qc\x89\xA6\x19\x89`\xE0\x1B\x81R` `\x04\x82\x01R`\r`$\x82\x01Rltoken is zero`\x98\x1B`D\x82\x01R`d\x01[`@Q\x80\x91\x03\x90\xFD[\x81`\x01`\x01`\xA0\x1B\x03\x16;_\x03a\0\xD5W`@Qc\x89\xA6\x19\x89`\xE0\x1B\x81R` `\x04\x82\x01R`\x14`$\x82\x01R\x7Fverifier has no code\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\0rV[\x81`\x01`\x01`\xA0\x1B\x03\x16c\xB2\xB5S\xB1`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01_`@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x01\x10W=__>=_\xFD[PPPP`@Q=_\x82>`\x1F=\x90\x81\x01`\x1F\x19\x16\x82\x01`@Ra\x017\x91\x90\x81\x01\x90a\x08\x81V[`\xA0\x01Q\x80\x15a\x01IWPaziF\x14\x15[\x15a\x01\xB2W`@Qc\x89\xA6\x19\x89`\xE0\x1B\x81R` `\x04\x82\x01R`2`$\x82\x01R\x7Fdev-key verifier (forgeable proo`D\x82\x01Rq\x19\x9C\xCAH\x1B\xD9\x99\x88\x1D\x1A\x19H\x19\x19]\x9B\x99]`r\x1B`d\x82\x01R`\x84\x01a\0rV[\x80Q`\x01`\x01`@\x1B\x03\x16_\x03a\x01\xFDW`@Qc\x89\xA6\x19\x89`\xE0\x1B\x81R` `\x04\x82\x01R`\x0E`$\x82\x01Rmperiod is zero`\x90\x1B`D\x82\x01R`d\x01a\0rV[\x80` \x01Q`\x01`\x01`@\x1B\x03\x16_\x03a\x02LW`@Qc\x89\xA6\x19\x89`\xE0\x1B\x81R` `\x04\x82\x01R`\x0F`$\x82\x01Rntimeout is zero`\x88\x1B`D\x82\x01R`d\x01a\0rV[`@\x81\x01Q`\x01`\x01`@\x1B\x03\x16\x15\x80a\x02\x7FWP\x80``\x01Q`\x01`\x01`@\x1B\x03\x16\x81`@\x01Q`\x01`\x01`@\x1B\x03\x16\x11[\x15a\x02\xCDW`@Qc\x89\xA6\x19\x89`\xE0\x1B\x81R` `\x04\x82\x01R`\x18`$\x82\x01R\x7Fproof probability bounds\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\0rV[\x80`\xA0\x01Q`\xFF\x16_\x03a\x03$W`@Qc\x89\xA6\x19\x89`\xE0\x1B\x81R` `\x04\x82\x01R`\x1A`$\x82\x01R\x7FmaxNumberOfSlashes is zero\0\0\0\0\0\0`D\x82\x01R`d\x01a\0rV[`d\x81`\xA0\x01Q`\xFF\x16\x82`\x80\x01Q`\xFF\x16a\x03@\x91\x90a\tMV[\x11\x15a\x03\x8FW`@Qc\x89\xA6\x19\x89`\xE0\x1B\x81R` `\x04\x82\x01R`\x1D`$\x82\x01R\x7Fslashes exceed the collateral\0\0\0`D\x82\x01R`d\x01a\0rV[\x80`\xA0\x01Q`\xFF\x16\x81`\x80\x01Q`\xFF\x16a\x03\xA9\x91\x90a\tMV[a\x03\xB4\x90`da\tjV[\x81`\xE0\x01Q`\xFF\x16\x11\x15a\x04%W`@Qc\x89\xA6\x19\x89`\xE0\x1B\x81R` `\x04\x82\x01R`1`$\x82\x01R\x7Frepair reward exceeds what is le`D\x82\x01Rpft after slashing`x\x1B`d\x82\x01R`\x84\x01a\0rV[`d\x81`\xC0\x01Q`\xFF\x16\x11\x15a\x04~W`@Qc\x89\xA6\x19\x89`\xE0\x1B\x81R` `\x04\x82\x01R`\x1A`$\x82\x01R\x7Fvalidator reward over 100%\0\0\0\0\0\0`D\x82\x01R`d\x01a\0rV[\x80a\x01\0\x01Q`\xFF\x16_\x03a\x04\xD6W`@Qc\x89\xA6\x19\x89`\xE0\x1B\x81R` `\x04\x82\x01R`\x17`$\x82\x01R\x7FmaxReservations is zero\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\0rV[\x80a\x01 \x01Q`\x01`\x01`@\x1B\x03\x16_\x03a\x054W`@Qc\x89\xA6\x19\x89`\xE0\x1B\x81R` `\x04\x82\x01R`\x1A`$\x82\x01R\x7FreservationTimeout is zero\0\0\0\0\0\0`D\x82\x01R`d\x01a\0rV[\x80a\x01@\x01Q`\x01`\x01`@\x1B\x03\x16_\x03a\x05\x92W`@Qc\x89\xA6\x19\x89`\xE0\x1B\x81R` `\x04\x82\x01R`\x1A`$\x82\x01R\x7FmaxRequestDuration is zero\0\0\0\0\0\0`D\x82\x01R`d\x01a\0rV[`\x01`\x01`\xA0\x1B\x03\x92\x83\x16`\x80\x90\x81R\x91\x90\x92\x16`\xA0\x90\x81R\x82Q`\x01`\x01`@\x1B\x03\x90\x81\x16`\xC0\x90\x81R` \x85\x01Q\x82\x16`\xE0\x90\x81R`@\x86\x01Q\x83\x16a\x01\0\x90\x81R``\x87\x01Q\x84\x16a\x01 \x90\x81R\x95\x87\x01Q`\xFF\x90\x81\x16a\x01@\x90\x81R\x95\x88\x01Q\x81\x16a\x01`R\x92\x87\x01Q\x83\x16a\x01\x80R\x90\x86\x01Q\x82\x16a\x01\xA0R\x85\x01Q\x16a\x01\xC0R\x91\x83\x01Q\x82\x16a\x01\xE0R\x90\x91\x01Q\x16a\x02\0Ra\t}V[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x06DW__\xFD[PV[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@Qa\x01`\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a\x06~Wa\x06~a\x06GV[`@R\x90V[`@Q`\xC0\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a\x06~Wa\x06~a\x06GV[\x80Q`\x01`\x01`@\x1B\x03\x81\x16\x81\x14a\x06\xBCW__\xFD[\x91\x90PV[\x80Q`\xFF\x81\x16\x81\x14a\x06\xBCW__\xFD[___\x83\x85\x03a\x01\xA0\x81\x12\x15a\x06\xE5W__\xFD[\x84Qa\x06\xF0\x81a\x060V[` \x86\x01Q\x90\x94Pa\x07\x01\x81a\x060V[\x92Pa\x01``?\x19\x82\x01\x12\x15a\x07\x15W__\xFD[Pa\x07\x1Ea\x06[V[a\x07*`@\x86\x01a\x06\xA6V[\x81Ra\x078``\x86\x01a\x06\xA6V[` \x82\x01Ra\x07I`\x80\x86\x01a\x06\xA6V[`@\x82\x01Ra\x07Z`\xA0\x86\x01a\x06\xA6V[``\x82\x01Ra\x07k`\xC0\x86\x01a\x06\xC1V[`\x80\x82\x01Ra\x07|`\xE0\x86\x01a\x06\xC1V[`\xA0\x82\x01Ra\x07\x8Ea\x01\0\x86\x01a\x06\xC1V[`\xC0\x82\x01Ra\x07\xA0a\x01 \x86\x01a\x06\xC1V[`\xE0\x82\x01Ra\x07\xB2a\x01@\x86\x01a\x06\xC1V[a\x01\0\x82\x01Ra\x07\xC5a\x01`\x86\x01a\x06\xA6V[a\x01 \x82\x01Ra\x07\xD8a\x01\x80\x86\x01a\x06\xA6V[a\x01@\x82\x01R\x80\x91PP\x92P\x92P\x92V[_\x82`\x1F\x83\x01\x12a\x07\xF8W__\xFD[\x81Q`\x01`\x01`@\x1B\x03\x81\x11\x15a\x08\x11Wa\x08\x11a\x06GV[`@Q`\x1F\x82\x01`\x1F\x19\x90\x81\x16`?\x01\x16\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a\x08?Wa\x08?a\x06GV[`@R\x81\x81R\x83\x82\x01` \x01\x85\x10\x15a\x08VW__\xFD[\x81` \x85\x01` \x83\x01^_\x91\x81\x01` \x01\x91\x90\x91R\x93\x92PPPV[\x80Q\x80\x15\x15\x81\x14a\x06\xBCW__\xFD[_` \x82\x84\x03\x12\x15a\x08\x91W__\xFD[\x81Q`\x01`\x01`@\x1B\x03\x81\x11\x15a\x08\xA6W__\xFD[\x82\x01`\xC0\x81\x85\x03\x12\x15a\x08\xB7W__\xFD[a\x08\xBFa\x06\x84V[\x81Q\x81R` \x82\x01Q`\x01`\x01`@\x1B\x03\x81\x11\x15a\x08\xDBW__\xFD[a\x08\xE7\x86\x82\x85\x01a\x07\xE9V[` \x83\x01RPa\x08\xF9`@\x83\x01a\x06\xA6V[`@\x82\x01Ra\t\n``\x83\x01a\x06\xA6V[``\x82\x01Ra\t\x1B`\x80\x83\x01a\x06\xA6V[`\x80\x82\x01Ra\t,`\xA0\x83\x01a\x08rV[`\xA0\x82\x01R\x94\x93PPPPV[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\tdWa\tda\t9V[\x92\x91PPV[\x81\x81\x03\x81\x81\x11\x15a\tdWa\tda\t9V[`\x80Q`\xA0Q`\xC0Q`\xE0Qa\x01\0Qa\x01 Qa\x01@Qa\x01`Qa\x01\x80Qa\x01\xA0Qa\x01\xC0Qa\x01\xE0Qa\x02\0QaZ\x93a\n\xB9_9_\x81\x81a\x07>\x01Ra3/\x01R_\x81\x81a\x07\x0E\x01Ra\x16\x9B\x01R_\x81\x81a\x06\xE5\x01Ra\x166\x01R_\x81\x81a\x06\xBC\x01Ra,\x90\x01R_\x81\x81a\x06\x93\x01Ra\r\xD8\x01R_\x81\x81a\x06j\x01Ra\x0E\xF2\x01R_\x81\x81a\x06A\x01R\x81\x81a\r\x87\x01Ra;]\x01R_\x81\x81a\x06\x11\x01Ra4\xEC\x01R_\x81\x81a\x05\xE1\x01Ra4\xA0\x01R_\x81\x81a\x05\xB1\x01R\x81\x81a\x0B\xD9\x01R\x81\x81aCq\x01RaD\x1D\x01R_\x81\x81a\x05\x81\x01R\x81\x81a(/\x01R\x81\x81a,.\x01RaG\xAC\x01R_\x81\x81a\x03\xD7\x01Ra+v\x01R_\x81\x81a\t\r\x01R\x81\x81a\x0FG\x01R\x81\x81a\x13\xDA\x01R\x81\x81a\x17\xCE\x01R\x81\x81a\x19\x9E\x01R\x81\x81a\x19\xF1\x01R\x81\x81a\x1D'\x01R\x81\x81aF\xB1\x01RaGv\x01RaZ\x93_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x02\xC1W_5`\xE0\x1C\x80cuq\x05y\x11a\x01|W\x80c\xB7\xC1\xB4\xF0\x11a\0\xDDW\x80c\xD4$\xE7\xE0\x11a\0\x93W\x80c\xF7R\x19k\x11a\0nW\x80c\xF7R\x19k\x14a\x08\xB6W\x80c\xFB\x1Ea\xCA\x14a\x08\xE8W\x80c\xFC\x0CTj\x14a\t\x08W__\xFD[\x80c\xD4$\xE7\xE0\x14a\x08\x88W\x80c\xDF<Ag\x14a\x08\x9BW\x80c\xF3\xB8\xBD^\x14a\x08\xA3W__\xFD[\x80c\xBE\\\xDCH\x11a\0\xC3W\x80c\xBE\\\xDCH\x14a\x08YW\x80c\xC0\xCCJ\xDD\x14a\x08lW\x80c\xC0\xF3\xF2\xE9\x14a\x08\x7FW__\xFD[\x80c\xB7\xC1\xB4\xF0\x14a\x083W\x80c\xBB\xBBVO\x14a\x08FW__\xFD[\x80c\xA3o\x12U\x11a\x012W\x80c\xA8-\xA6\r\x11a\x01\x18W\x80c\xA8-\xA6\r\x14a\x08\x01W\x80c\xB3\x96\xDCy\x14a\x08\tW\x80c\xB3\xC1\x90\x18\x14a\x08*W__\xFD[\x80c\xA3o\x12U\x14a\x07\xDBW\x80c\xA3\xA0\x80~\x14a\x07\xEEW__\xFD[\x80c{\xDEQ\xAE\x11a\x01bW\x80c{\xDEQ\xAE\x14a\x07|W\x80c\x82\xD6~Z\x14a\x07\xA8W\x80c\xA2\x9C)\xA4\x14a\x07\xC8W__\xFD[\x80cuq\x05y\x14a\x04\xF8W\x80cyP,U\x14a\x05\x18W__\xFD[\x80c'\x8A<\xAF\x11a\x02&W\x80c_5\x02\x13\x11a\x01\xDCW\x80ck\0\xC8\xCF\x11a\x01\xC2W\x80ck\0\xC8\xCF\x14a\x04\x9AW\x80cn+T\xEE\x14a\x04\xC5W\x80ct\x8D\xE9\x17\x14a\x04\xD8W__\xFD[\x80c_5\x02\x13\x14a\x04gW\x80cc\x17\xE0\x0B\x14a\x04zW__\xFD[\x80c91\x1E\xF4\x11a\x02\x0CW\x80c91\x1E\xF4\x14a\x04\x11W\x80cBeof\x14a\x04$W\x80c[)\xA8N\x14a\x04TW__\xFD[\x80c'\x8A<\xAF\x14a\x03\xAFW\x80c+z\xC3\xF3\x14a\x03\xD2W__\xFD[\x80c\x08i_\xCD\x11a\x02{W\x80c\x12\x82v\x02\x11a\x02aW\x80c\x12\x82v\x02\x14a\x03bW\x80c%\xC2\xCD\x12\x14a\x03uW\x80c'aN\xC4\x14a\x03\x9CW__\xFD[\x80c\x08i_\xCD\x14a\x03<W\x80c\r(:\x82\x14a\x03OW__\xFD[\x80c\x05\xB9\x07s\x11a\x02\xABW\x80c\x05\xB9\x07s\x14a\x02\xFFW\x80c\x06\x04\x06\x18\x14a\x03\x1FW\x80c\x06\x8E\xDC\xDA\x14a\x03'W__\xFD[\x80b\xF7E\x88\x14a\x02\xC5W\x80c\x01\xC1\x1D\x96\x14a\x02\xEBW[__\xFD[a\x02\xD8a\x02\xD36`\x04aJ\xCDV[a\t/V[`@Q\x90\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x02\xD8l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x81V[a\x03\x12a\x03\r6`\x04aJ\xCDV[a\t\x9CV[`@Qa\x02\xE2\x91\x90aK%V[a\x02\xD8a\t\xB8V[a\x03:a\x0356`\x04aKJV[a\t\xC6V[\0[a\x03:a\x03J6`\x04aKvV[a\x0B`V[a\x02\xD8a\x03]6`\x04aK\x96V[a\x0FxV[a\x03:a\x03p6`\x04aK\xEEV[a\x14\x0CV[a\x02\xD8\x7F0dNr\xE11\xA0)\xB8PE\xB6\x81\x81X](3\xE8Hy\xB9p\x91C\xE1\xF5\x93\xF0\0\0\x01\x81V[a\x02\xD8a\x03\xAA6`\x04aJ\xCDV[a\x18\x01V[a\x03\xC2a\x03\xBD6`\x04aKvV[a\x18\x0BV[`@Q\x90\x15\x15\x81R` \x01a\x02\xE2V[a\x03\xF9\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x02\xE2V[a\x03:a\x04\x1F6`\x04aL\x1CV[a\x18:V[a\x047a\x0426`\x04aJ\xCDV[a\x1AAV[`@\x80Q\x93\x84R\x91\x15\x15` \x84\x01R\x15\x15\x90\x82\x01R``\x01a\x02\xE2V[a\x02\xD8a\x04b6`\x04aLmV[a\x1A[V[a\x02\xD8a\x04u6`\x04aK\xEEV[a\x1AnV[a\x04\x8Da\x04\x886`\x04aJ\xCDV[a\x1AyV[`@Qa\x02\xE2\x91\x90aL\xA0V[a\x03\xF9a\x04\xA86`\x04aJ\xCDV[_\x90\x81R`\x02` R`@\x90 `\x01\x01T`\x01`\x01`\xA0\x1B\x03\x16\x90V[a\x03:a\x04\xD36`\x04aJ\xCDV[a\x1B\x85V[a\x04\xEBa\x04\xE66`\x04aJ\xCDV[a\x1DTV[`@Qa\x02\xE2\x91\x90aM'V[a\x05\x0Ba\x05\x066`\x04aK\xEEV[a\x1E\xD8V[`@Qa\x02\xE2\x91\x90aMrV[a\x07o`@\x80Qa\x01`\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90Ra\x01 \x81\x01\x82\x90Ra\x01@\x81\x01\x91\x90\x91R`@Q\x80a\x01`\x01`@R\x80\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81RP\x90P\x90V[`@Qa\x02\xE2\x91\x90aM\x80V[a\x07\x8Fa\x07\x8A6`\x04aLmV[a\x1FKV[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\xE2V[a\x07\xBBa\x07\xB66`\x04aJ\xCDV[a =V[`@Qa\x02\xE2\x91\x90aN\x8DV[a\x03:a\x07\xD66`\x04aJ\xCDV[a!zV[a\x02\xD8a\x07\xE96`\x04aJ\xCDV[a\"\xBEV[a\x03\xC2a\x07\xFC6`\x04aJ\xCDV[a\"\xC8V[a\x02\xD8`\x80\x81V[a\x08\x1Ca\x08\x176`\x04aJ\xCDV[a\"\xECV[`@Qa\x02\xE2\x92\x91\x90aP\xA2V[a\x02\xD8azi\x81V[a\x02\xD8a\x08A6`\x04aJ\xCDV[a$\xBEV[a\x02\xD8a\x08T6`\x04aJ\xCDV[a%\x13V[a\x05\x0Ba\x08g6`\x04aJ\xCDV[a%%V[a\x03\xC2a\x08z6`\x04aJ\xCDV[a%YV[a\x07\x8Fa\x01\0\x81V[a\x02\xD8a\x08\x966`\x04aP\xCDV[a%fV[a\x03:a%rV[a\x03\xC2a\x08\xB16`\x04aKvV[a%|V[a\x02\xD8a\x08\xC46`\x04aJ\xCDV[_\x90\x81R`\x02` \x81\x90R`@\x90\x91 \x01Th\x01\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x90V[a\x08\xFBa\x08\xF66`\x04aJ\xCDV[a%\x8FV[`@Qa\x02\xE2\x91\x90aQ\x03V[a\x03\xF9\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[_\x81\x81R`\x02` \x81\x90R`@\x82 \x90`\x02\x82\x01Ti\x01\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x07\x81\x11\x15a\teWa\teaJ\xE4V[\x14a\trWP_\x92\x91PPV[\x80T_\x90\x81R`\x01` R`@\x90 a\t\x94\x81\x83a\t\x8F\x82a'1V[a'\xCEV[\x94\x93PPPPV[_\x81\x81R`\x01` R`@\x81 a\t\xB2\x90a'1V[\x92\x91PPV[_a\t\xC1a( V[\x90P\x90V[_a\t\xD0\x83a(UV[\x80T_\x90\x81R`\x01` R`@\x90 \x90\x91Pa\t\xEAa(\xA2V[_a\t\xF3a( V[\x90P__a\n\x03\x84\x86\x89\x86a(\xCCV[\x91P\x91P\x81a\nMW`@Q\x7F@\x8D\xF0\x19\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x88\x90R`$\x81\x01\x84\x90R`D\x01[`@Q\x80\x91\x03\x90\xFD[_\x87\x81R`\x06` \x90\x81R`@\x80\x83 `\x08\x87\x90\x1C\x84R\x90\x91R\x90 T`\xFF\x84\x16\x1C`\x01\x16\x15a\n\xB3W`@Q\x7F\xB1wp\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x88\x90R`$\x81\x01\x84\x90R`D\x01a\nDV[`\x01\x85\x01Ta\x0B\x05\x90\x87\x90a\n\xD4\x90\x84\x90\x8B\x90`\x01`\x01`\xA0\x1B\x03\x16a*\xBBV[`\x04\x87\x01T`\x01\x89\x01Tt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a+$V[_\x87\x81R`\x06` \x90\x81R`@\x80\x83 `\x08\x87\x90\x1C\x84R\x90\x91R\x80\x82 \x80T`\x01`\xFF\x88\x16\x1B\x17\x90UQ\x84\x91\x89\x91\x7F<\x0E\x85\xAC\xF4R\xE8g\xEE\t\xC9\x15\x1D,\xF4_\xE6\xD6\xA7)'\x13G\xE8\x9A\x9Ak\x91\xB0\x81\xF3\x1D\x91\x90\xA3PPPPPPPV[_a\x0Bj\x83a(UV[\x80T_\x90\x81R`\x01` R`@\x90 \x90\x91Pa\x0B\x84a( V[\x83\x10a\x0B\xBFW`@Q\x7F\x83\\\xDA)\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\nDV[_a\x0B\xC9\x84a,\"V[\x90Pa\x0B\xFFg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x82aQBV[B\x10a\x0C:W`@Q\x7F{<2\x94\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x85\x90R`$\x01a\nDV[a\x0CBa(\xA2V[_a\x0CO\x83\x85\x88\x88a(\xCCV[P\x90P\x80a\x0C\x93W`@Q\x7F@\x8D\xF0\x19\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x87\x90R`$\x81\x01\x86\x90R`D\x01a\nDV[_\x86\x81R`\x06` \x90\x81R`@\x80\x83 `\x08\x89\x90\x1C\x84R\x90\x91R\x90 T`\xFF\x86\x16\x1C`\x01\x16\x15a\x0C\xF9W`@Q\x7F\xB1wp\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x87\x90R`$\x81\x01\x86\x90R`D\x01a\nDV[_\x86\x81R`\x07` \x90\x81R`@\x80\x83 \x88\x84R\x90\x91R\x90 T`\xFF\x16\x15a\rVW`@Q\x7F\xDC\xA2\x1B\xA0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x87\x90R`$\x81\x01\x86\x90R`D\x01a\nDV[_\x86\x81R`\x07` \x90\x81R`@\x80\x83 \x88\x84R\x90\x91R\x81 \x80T`\xFF\x19\x16`\x01\x17\x90U`\x06\x84\x01T`d\x90a\r\xAF\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16\x90aQUV[a\r\xB9\x91\x90aQ\x99V[\x90P\x84`\x03\x01T\x81\x11\x15a\r\xCEWP`\x03\x84\x01T[_`da\r\xFE`\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x84aQUV[a\x0E\x08\x91\x90aQ\x99V[`\x01\x87\x01T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x163\x03a\x0E\"WP_[\x81\x86`\x03\x01_\x82\x82Ta\x0E5\x91\x90aQ\xACV[\x90\x91UPa\x0EE\x90P\x81\x83aQ\xACV[\x85`\x08\x01_\x82\x82Ta\x0EW\x91\x90aQBV[\x90\x91UPP`\x02\x86\x01\x80T`\x01\x91\x90`\x08\x90a\x0E\x83\x90\x84\x90h\x01\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16aQ\xBFV[\x92Pa\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83`\xFF\x16\x02\x17\x90UP3`\x01`\x01`\xA0\x1B\x03\x16\x87\x89\x7F\xE4\xC2\xA9\x9A\xEB\x10\x16?*\xD5$\xAA\x1F2\x85\xDF\x1A\xE8\xBAv\xC5v\xBF\xC1C\x93\x05\xC9\x9D\xCF\xA4\xCD\x85\x85`@Qa\x0E\xE1\x92\x91\x90\x91\x82R` \x82\x01R`@\x01\x90V[`@Q\x80\x91\x03\x90\xA4`\x02\x86\x01T`\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16h\x01\0\0\0\0\0\0\0\0\x90\x92\x04\x16\x10a\x0F4Wa\x0F4\x85\x87\x88_\x01Ta,cV[\x80\x15a\x0FnWa\x0Fn`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x83a0~V[PPPPPPPPV[_a\x0F\x82\x82a0\xF7V[\x81`@Q` \x01a\x0F\x93\x91\x90aRyV[`@\x80Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x81\x84\x03\x01\x81R\x91\x81R\x81Q` \x92\x83\x01 _\x81\x81R`\x01\x90\x93R\x90\x82 \x90\x92P\x90\x81T`\xFF\x16`\x05\x81\x11\x15a\x0F\xEFWa\x0F\xEFaJ\xE4V[\x14a\x10)W`@Q\x7F\xA4\xA9\x9Ca\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\nDV[a\x101a(\xA2V[` \x83\x01_`\xA0\x85\x015a\x10K``\x87\x01`@\x88\x01aS\xD5V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x10_\x91\x90aQUV[\x90P_a\x10o` \x84\x01\x84aS\xD5V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x10\x89``\x85\x01`@\x86\x01aS\xD5V[a\x10\x9D\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x84aQUV[a\x10\xA7\x91\x90aQUV[_\x86\x81R` \x81\x90R`@\x90 \x90\x91PB\x90\x87\x90a\x10\xC5\x82\x82aV\x89V[PP\x84Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16b\x01\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\0\x90\x91\x16\x17`\x01\x17\x85Ua\x11\x15a\x01@\x88\x01a\x01 \x89\x01aS\xD5V[a\x11\x1F\x90\x82aX\xDAV[\x85Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16j\x01\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17\x85Ua\x11r``\x85\x01`@\x86\x01aS\xD5V[a\x11|\x90\x82aX\xDAV[\x85Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16r\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17\x85Ua\x11\xD4` \x85\x01\x85aS\xD5V[`\x02\x86\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90Ua\x12\x1F`\xE0\x85\x01`\xC0\x86\x01aS\xD5V[`\x02\x86\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90Ua\x12w`\x80\x85\x01``\x86\x01aS\xD5V[`\x02\x86\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90Ua\x12\xD4` \x88\x01\x88aX\xFAV[`\x03\x86\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90Ua\x13\x1Ca\x01\0\x88\x01\x88aS\xFCV[` \x90\x81\x015`\x04\x87\x01U`\x05\x86\x01\x84\x90U`\xA0\x85\x015\x90a\x13D\x90`@\x87\x01\x90\x87\x01aS\xD5V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x13X\x91\x90aQUV[`\x06\x86\x01U`\x08\x85\x01\x82\x90Ua\x13q` \x88\x01\x88aX\xFAV[`\x01`\x01`\xA0\x1B\x03\x16\x86\x7F\xA0\xF8\xD3T\xE6\xA8\x97\xB2\x9D\xE3\xFF\xA6\xD4a\x1B@\xE0^\x02\xBE^W\x8D\xF7,BxCt`\x80H\x86\x88_\x01`\n\x90T\x90a\x01\0\n\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x86`@Qa\x13\xC5\x93\x92\x91\x90aY\x15V[`@Q\x80\x91\x03\x90\xA3a\x14\x02`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x1630\x85a7\xCBV[PPPPP\x91\x90PV[_a\x14\x16\x83a8\x04V[\x90P__a\x14%\x85\x85\x85a8bV[\x91P\x91Pa\x143\x83\x82a9rV[Pa\x14>\x85\x83a:\xAAV[_\x82\x81R`\x03` R`@\x81 \x90[\x81T\x81\x10\x15a\x160WB\x82\x82\x81T\x81\x10a\x14iWa\x14iaY@V[_\x91\x82R` \x90\x91 \x01Tt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11a\x15\xB7W\x81T\x82\x90a\x14\xAB\x90`\x01\x90aQ\xACV[\x81T\x81\x10a\x14\xBBWa\x14\xBBaY@V[\x90_R` _ \x01\x82\x82\x81T\x81\x10a\x14\xD5Wa\x14\xD5aY@V[_\x91\x82R` \x90\x91 \x82T\x91\x01\x80T`\x01`\x01`\xA0\x1B\x03\x90\x92\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x16\x81\x17\x82U\x92T\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x16\x90\x92\x17t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x82\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x91\x02\x17\x90U\x81T\x82\x90\x80a\x15zWa\x15zaYmV[_\x82\x81R` \x90 \x81\x01_\x19\x90\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90U\x01\x90Ua\x14MV[3`\x01`\x01`\xA0\x1B\x03\x16\x82\x82\x81T\x81\x10a\x15\xD3Wa\x15\xD3aY@V[_\x91\x82R` \x90\x91 \x01T`\x01`\x01`\xA0\x1B\x03\x16\x03a\x16\x1EW`@Q\x7F\x87\xB3J\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80a\x16(\x81aY\x9AV[\x91PPa\x14MV[\x81T`\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x11a\x16\x8DW`@Q\x7Fg-\xCA\x15\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x16\x95a(\xA2V[_a\x16\xC0\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0BaX\xDAV[`@\x80Q\x80\x82\x01\x90\x91R3\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x83\x16` \x80\x84\x01\x91\x82R\x87T`\x01\x81\x01\x89U_\x89\x81R\x91\x82 \x94Q\x94\x01\x80T\x92Q\x90\x93\x16t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x16`\x01`\x01`\xA0\x1B\x03\x94\x90\x94\x16\x93\x90\x93\x17\x17\x90U\x90\x91Pa\x17U\x87a;XV[\x90P\x80\x87`\n\x01_\x82\x82Ta\x17j\x91\x90aQBV[\x90\x91UPP`@\x80Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x81\x16\x82R` \x82\x01\x84\x90R3\x92\x90\x8B\x16\x91\x8C\x91\x7F\xF7\xF2:\x9D\x1E\x8A\xE6\xCF^%\x14\xAB\xBC\xF9zL\xFF\xBA\x18X|\x85\xB9$\x84%\xD5\x10Z0\x1B\x9B\x91\x01`@Q\x80\x91\x03\x90\xA4\x80\x15a\x17\xF6Wa\x17\xF6`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x1630\x84a7\xCBV[PPPPPPPPPV[_a\t\xB2\x82a,\"V[_\x82\x81R`\x06` \x90\x81R`@\x80\x83 `\x08\x85\x90\x1C\x84R\x90\x91R\x81 T`\xFF\x83\x16\x1C`\x01\x16\x15\x15[\x93\x92PPPV[_a\x18D\x84a8\x04V[\x90P__a\x18S\x86\x86\x85a8bV[\x91P\x91P_a\x18b\x84\x83a9rV[\x90Pa\x18n\x87\x84a:\xAAV[__a\x18y\x85a;\x98V[\x91P\x91Pa\x18\x85a(\xA2V[_a\x18\x8Ea( V[\x90P__a\x18\x9B\x83a=\xCCV[P\x91P\x91P\x80a\x18\xDAW`@Q\x7F\xC7#M\xB2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\nDV[a\x18\xF4\x8Aa\x18\xE9\x84\x8B3a*\xBBV[\x8B`\x04\x01T\x8Ea+$V[_\x88\x81R`\x06` \x90\x81R`@\x80\x83 `\x08\x87\x90\x1C\x84R\x90\x91R\x90 \x80T`\x01`\xFF\x86\x16\x1B\x17\x90Ua\x19(\x89\x88\x8E\x89a>YV[_a\x192\x8Aa;XV[`\x06\x8B\x01T\x90\x91P\x85\x15a\x19MWa\x19J\x82\x82aQ\xACV[\x90P[\x85a\x19XW_a\x19[V[`\x01[`\xFF\x16\x87Qa\x19j\x91\x90aQBV[a\x19t\x90\x83aQUV[\x8B`\n\x01_\x82\x82Ta\x19\x86\x91\x90aQ\xACV[\x90\x91UPP\x80\x15a\x19\xC6Wa\x19\xC6`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x1630\x84a7\xCBV[_[\x87Q\x81\x10\x15a\x1A0Wa\x1A(\x88\x82\x81Q\x81\x10a\x19\xE6Wa\x19\xE6aY@V[` \x02` \x01\x01Q\x84\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16a0~\x90\x92\x91\x90c\xFF\xFF\xFF\xFF\x16V[`\x01\x01a\x19\xC8V[PPPPPPPPPPPPPPPV[___a\x1AM\x84a=\xCCV[\x92P\x92P\x92P[\x91\x93\x90\x92PV[_a\x183\x83a\x1Aha( V[\x84aA\xF4V[_a\x183\x83\x83aB)V[`@\x80Qa\x01\0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90R\x90a\x1A\xC2\x83a(UV[\x90P`@Q\x80a\x01\0\x01`@R\x80a\x1A\xED`\x01_\x85_\x01T\x81R` \x01\x90\x81R` \x01_ \x84aBnV[`\x07\x81\x11\x15a\x1A\xFEWa\x1A\xFEaJ\xE4V[\x81R\x82T` \x82\x01R`\x01\x83\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16`@\x84\x01R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16``\x83\x01R`\x02\x84\x01T\x90\x81\x16`\x80\x83\x01R`\xFFh\x01\0\0\0\0\0\0\0\0\x90\x91\x04\x16`\xA0\x82\x01R`\x03\x83\x01T`\xC0\x82\x01R`\x04\x90\x92\x01T`\xE0\x90\x92\x01\x91\x90\x91R\x92\x91PPV[_a\x1B\x8F\x82a8\x04V[`\x03\x81\x01T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x163\x14a\x1B\xDAW`@Q\x7FJ\x0B\xFE\xC1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x01a\nDV[_a\x1B\xE4\x82a'1V[\x90P`\x01\x81`\x05\x81\x11\x15a\x1B\xFAWa\x1B\xFAaJ\xE4V[\x14\x80a\x1C\x17WP`\x02\x81`\x05\x81\x11\x15a\x1C\x15Wa\x1C\x15aJ\xE4V[\x14[\x15a\x1CPW\x80`@Q\x7F\x1D\x81\x05\x94\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\nD\x91\x90aK%V[a\x1CZ\x82\x82aCDV[\x81Ta\x01\0\x90\x04`\xFF\x16\x15a\x1C\x9EW`@Q\x7F\xC4\xE4\xC7\xD9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\nDV[_a\x1C\xA9\x83\x83aD\x8FV[\x83T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\x16a\x01\0\x17\x84U`@Q\x90\x91P3\x90\x85\x90\x7F\x15<,\xD6\xCE)\x1A\x06\x15Qo\xAE\x8E\xBBD}}5\x84\x91\xEE\xEF\xE5O\xDF\x18M\x05c\x7FTC\x90a\x1D\x0C\x90\x86\x90\x86\x90aY\xB2V[`@Q\x80\x91\x03\x90\xA3\x80\x15a\x1DNWa\x1DN`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x83a0~V[PPPPV[_\x81\x81R`\x03` R`@\x81 ``\x91\x80[\x82T\x81\x10\x15a\x1D\xCBWB\x83\x82\x81T\x81\x10a\x1D\x82Wa\x1D\x82aY@V[_\x91\x82R` \x90\x91 \x01Tt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a\x1D\xC3W\x81a\x1D\xBF\x81aY\x9AV[\x92PP[`\x01\x01a\x1DfV[P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1D\xE5Wa\x1D\xE5aT\x99V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x1E\x0EW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x92P_\x80[\x83T\x81\x10\x15a\x1E\xCFWB\x84\x82\x81T\x81\x10a\x1E0Wa\x1E0aY@V[_\x91\x82R` \x90\x91 \x01Tt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a\x1E\xC7W\x83\x81\x81T\x81\x10a\x1EuWa\x1EuaY@V[_\x91\x82R` \x90\x91 \x01T`\x01`\x01`\xA0\x1B\x03\x16\x85\x83a\x1E\x94\x81aY\x9AV[\x94P\x81Q\x81\x10a\x1E\xA6Wa\x1E\xA6aY@V[` \x02` \x01\x01\x90`\x01`\x01`\xA0\x1B\x03\x16\x90\x81`\x01`\x01`\xA0\x1B\x03\x16\x81RPP[`\x01\x01a\x1E\x14V[PPPP\x91\x90PV[_\x82\x81R`\x01` R`@\x81 \x81\x81T`\xFF\x16`\x05\x81\x11\x15a\x1E\xFCWa\x1E\xFCaJ\xE4V[\x14\x80a\x1F\x1AWP`\x02\x81\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x84\x16\x10\x15[\x15a\x1F(W_\x91PPa\t\xB2V[a\t\x94\x81`\x02_a\x1F9\x88\x88aB)V[\x81R` \x01\x90\x81R` \x01_ aBnV[_\x82\x81R`\x03` R`@\x81 \x81[\x81T\x81\x10\x15a 3W\x83`\x01`\x01`\xA0\x1B\x03\x16\x82\x82\x81T\x81\x10a\x1F\x7FWa\x1F\x7FaY@V[_\x91\x82R` \x90\x91 \x01T`\x01`\x01`\xA0\x1B\x03\x16\x14\x80\x15a\x1F\xDDWPB\x82\x82\x81T\x81\x10a\x1F\xAEWa\x1F\xAEaY@V[_\x91\x82R` \x90\x91 \x01Tt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11[\x15a +W\x81\x81\x81T\x81\x10a\x1F\xF4Wa\x1F\xF4aY@V[_\x91\x82R` \x90\x91 \x01Tt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x92Pa\t\xB2\x91PPV[`\x01\x01a\x1FZV[P_\x94\x93PPPPV[`@\x80Qa\x01 \x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90R\x90a \x8E\x83a8\x04V[\x90P`@Q\x80a\x01 \x01`@R\x80a \xA5\x83a'1V[`\x05\x81\x11\x15a \xB6Wa \xB6aJ\xE4V[\x81R\x82Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFb\x01\0\0\x82\x04\x81\x16` \x84\x01Rj\x01\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16`@\x84\x01Rr\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16``\x84\x01R`\x01\x90\x94\x01T\x80\x85\x16`\x80\x84\x01Rh\x01\0\0\0\0\0\0\0\0\x81\x04\x85\x16`\xA0\x84\x01Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04\x85\x16`\xC0\x84\x01Rx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x90\x93\x16`\xE0\x82\x01R`\xFFa\x01\0\x93\x84\x90\x04\x16\x15\x15\x92\x01\x91\x90\x91R\x92\x91PPV[_a!\x84\x82a(UV[`\x01\x81\x01T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x163\x14a!\xCFW`@Q\x7FJ\x0B\xFE\xC1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x01a\nDV[\x80T_\x81\x81R`\x01` R`@\x81 \x90a!\xE8\x82a'1V[\x90P`\x01\x81`\x05\x81\x11\x15a!\xFEWa!\xFEaJ\xE4V[\x03a\"\x13Wa\"\x0E\x82\x85\x85aE\x18V[a\"\xB7V[`\x02\x81`\x05\x81\x11\x15a\"'Wa\"'aJ\xE4V[\x03a\"?Wa\"4a(\xA2V[a\"\x0E\x82\x85\x85a,cV[`\x05`\x02\x85\x01Ti\x01\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x07\x81\x11\x15a\"gWa\"gaJ\xE4V[\x03a\"\xA1W`\x05`@Q\x7F\xD7\xF0\xE3\x08\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\nD\x91\x90aMrV[a\"\xAB\x82\x82aCDV[a\"\xB7\x82\x85\x87\x84aF\xD8V[PPPPPV[_a\t\xB2\x82aG\x9DV[_a\"\xE5\x82a\"\xD5a( V[a\"\xE0\x90`\x01aQBV[aG\xD2V[P\x92\x91PPV[a\"\xF4aJ\x02V[__a\"\xFF\x84a(UV[\x80T_\x90\x81R` \x81\x81R`@\x91\x82\x90 `\x01\x80\x85\x01T\x84Q`\xA0\x80\x82\x01\x87R\x84T`\x01`\x01`\xA0\x1B\x03\x16\x82R\x86Q`\xE0\x81\x01\x88R\x93\x85\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x86Rh\x01\0\0\0\0\0\0\0\0\x82\x04\x81\x16\x86\x89\x01Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16\x86\x8A\x01Rx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x81\x16``\x86\x01R`\x02\x86\x01T`\x80\x86\x01R`\x03\x86\x01T\x91\x85\x01\x91\x90\x91R`\x04\x85\x01T\x81\x16`\xC0\x85\x01R\x94\x81\x01\x92\x90\x92R\x84Q\x80\x86\x01\x86R`\x05\x84\x01\x80T\x97\x98P\x93\x96t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04\x90\x94\x16\x94\x91\x93\x86\x93\x92\x85\x01\x92\x90\x91\x82\x90\x82\x90a$\x05\x90aT\xC6V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta$1\x90aT\xC6V[\x80\x15a$|W\x80`\x1F\x10a$SWa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a$|V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a$_W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPP\x91\x83RPP`\x01\x91\x90\x91\x01T` \x91\x82\x01R\x90\x82R`\x07\x83\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x82\x01R`\x08\x90\x91\x01T`@\x90\x91\x01R\x96\x90\x95P\x93PPPPV[_\x81\x81R`\x01` R`@\x81 \x81\x81T`\xFF\x16`\x05\x81\x11\x15a$\xE2Wa$\xE2aJ\xE4V[\x14\x80a$\xF4WP\x80Ta\x01\0\x90\x04`\xFF\x16[\x15a%\x01WP_\x92\x91PPV[a\x183\x81a%\x0E\x83a'1V[aD\x8FV[_a\t\xB2a% \x83a8\x04V[a;XV[_\x81\x81R`\x02` R`@\x81 \x80Ta%@WP_\x92\x91PPV[\x80T_\x90\x81R`\x01` R`@\x90 a\x183\x90\x82aBnV[_a\"\xE5\x82a\"\xE0a( V[_a\t\x94\x84\x84\x84aA\xF4V[a%za(\xA2V[V[_a%\x87\x83\x83aG\xD2V[P\x93\x92PPPV[a%\x97aJ\x02V[a%\xA0\x82a8\x04V[P_\x82\x81R` \x81\x81R`@\x91\x82\x90 \x82Q`\xA0\x80\x82\x01\x85R\x82T`\x01`\x01`\xA0\x1B\x03\x16\x82R\x84Q`\xE0\x81\x01\x86R`\x01\x84\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x83Rh\x01\0\0\0\0\0\0\0\0\x82\x04\x81\x16\x83\x88\x01Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16\x83\x89\x01Rx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x81\x16``\x83\x01R`\x02\x85\x01T`\x80\x83\x01R`\x03\x85\x01T\x92\x82\x01\x92\x90\x92R`\x04\x84\x01T\x90\x91\x16`\xC0\x82\x01R\x92\x81\x01\x92\x90\x92R\x82Q\x80\x84\x01\x84R`\x05\x82\x01\x80T\x93\x94\x92\x93\x92\x85\x01\x92\x82\x90\x82\x90a&}\x90aT\xC6V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta&\xA9\x90aT\xC6V[\x80\x15a&\xF4W\x80`\x1F\x10a&\xCBWa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a&\xF4V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a&\xD7W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPP\x91\x83RPP`\x01\x91\x90\x91\x01T` \x91\x82\x01R\x90\x82R`\x07\x83\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x82\x01R`\x08\x90\x91\x01T`@\x90\x91\x01R\x92\x91PPV[\x80T_\x90`\xFF\x16`\x01\x81`\x05\x81\x11\x15a'LWa'LaJ\xE4V[\x14\x80\x15a'qWP\x82Tj\x01\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x11[\x15a'\x7FWP`\x03\x92\x91PPV[`\x02\x81`\x05\x81\x11\x15a'\x93Wa'\x93aJ\xE4V[\x14\x80\x15a'\xC0WP\x82Tr\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x11[\x15a\t\xB2WP`\x04\x92\x91PPV[`\x02\x82\x01T_\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a'\xE9\x85\x84aH\x1CV[a'\xF3\x91\x90aQ\xACV[\x84`\x05\x01Ta(\x02\x91\x90aQUV[\x83`\x04\x01T\x84`\x03\x01Ta(\x16\x91\x90aQBV[a\t\x94\x91\x90aQBV[_a\t\xC1g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16BaQ\x99V[_\x81\x81R`\x02` R`@\x90 \x80Ta(\x9DW`@Q\x7F\xB2m\xBC/\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\nDV[\x91\x90PV[_a(\xABa( V[\x90Pa(\xB6\x81aH\xB6V[a(\xC9a(\xC4\x82`\x01aQBV[aH\xB6V[PV[_\x80`\x02\x80\x86\x01Ti\x01\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x07\x81\x11\x15a(\xF5Wa(\xF5aJ\xE4V[\x14a)\x04WP_\x90P\x80a*\xB2V[\x85T`\xFF\x16`\x02\x81`\x05\x81\x11\x15a)\x1DWa)\x1DaJ\xE4V[\x14\x15\x80\x15a)kWP`\x05\x81`\x05\x81\x11\x15a):Wa):aJ\xE4V[\x14\x80\x15a)iWP`\x01\x87\x01Th\x01\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a)f\x85a,\"V[\x11\x15[\x15[\x15a)|WP_\x91P\x81\x90Pa*\xB2V[a)\x84a( V[a)\x8F\x90`\x01aQBV[\x84\x11\x15a)\xA2WP_\x91P\x81\x90Pa*\xB2V[_a)\xAC\x85aG\x9DV[`\x01\x89\x01T\x90\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81\x10\x80a)\xD8WP`\x02\x87\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81\x10[\x80a*\x0BWP\x87Tr\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a*\t\x86a,\"V[\x11[\x15a*\x1EWP_\x92P\x82\x91Pa*\xB2\x90PV[___a**\x88a=\xCCV[\x92P\x92P\x92P\x81\x15\x80a*;WP\x80\x15[\x15a*QWP_\x95P\x85\x94Pa*\xB2\x93PPPPV[`@\x80Q` \x80\x82\x01\x86\x90R\x81\x83\x01\x8C\x90R\x82Q\x80\x83\x03\x84\x01\x81R``\x90\x92\x01\x90\x92R\x80Q\x91\x01 `\x02\x8C\x01Ta*\xA6\x90p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82aY\xCDV[\x15\x97P\x92\x95PPPPPP[\x94P\x94\x92PPPV[`@\x80Q` \x81\x01\x85\x90R\x90\x81\x01\x83\x90R`\x01`\x01`\xA0\x1B\x03\x82\x16``\x82\x01R_\x90\x7F0dNr\xE11\xA0)\xB8PE\xB6\x81\x81X](3\xE8Hy\xB9p\x91C\xE1\xF5\x93\xF0\0\0\x01\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 _\x1Ca\t\x94\x91\x90aY\xCDV[`@\x80Q``\x81\x01\x82R\x84\x81R` \x81\x01\x84\x90Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x81\x83\x01R\x90Q\x7F0\x98>\x92\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c0\x98>\x92\x90a+\xAD\x90\x88\x90\x85\x90`\x04\x01aY\xE0V[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a+\xC8W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a+\xEC\x91\x90aZTV[a\"\xB7W`@Q\x7F\t\xBD\xE39\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a,Y\x83`\x01aQBV[a\t\xB2\x91\x90aQUV[`\x01\x82\x01T`\x04\x83\x01T`\x03\x84\x01T`\x01`\x01`\xA0\x1B\x03\x90\x92\x16\x91_\x91a,\x89\x91aQBV[\x90P_`d\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16\x87`\x06\x01Ta,\xC1\x91\x90aQUV[a,\xCB\x91\x90aQ\x99V[\x90P\x81\x81\x11\x15a,\xD8WP\x80[`\x01\x86\x81\x01\x80T`\x10\x90a-\x0B\x90\x84\x90p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aZsV[\x92Pa\x01\0\n\x81T\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x84`\x02\x01_\x90T\x90a\x01\0\n\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x86`\x07\x01_\x82\x82Ta-e\x91\x90aQ\xACV[\x90\x91UPP`\x01\x86\x81\x01\x80T`\x18\x90a-\xA5\x90\x84\x90x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aX\xDAV[\x92Pa\x01\0\n\x81T\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x80\x82a-\xD7\x91\x90aQ\xACV[\x86`\x08\x01_\x82\x82Ta-\xE9\x91\x90aQBV[\x92PP\x81\x90UP\x80\x86`\t\x01_\x82\x82Ta.\x03\x91\x90aQBV[\x90\x91UPP`\x01\x85\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81U`\x02\x87\x01\x80T_`\x03\x8A\x01\x81\x90U`\x04\x80\x8B\x01\x87\x90U\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\x90\x92\x16i\x07\0\0\0\0\0\0\0\0\0\x17\x90\x92U\x87\x82R` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x89\x16\x84R\x90\x91R\x81 \x80T`\xFF\x19\x16\x90U\x90T`\x05\x91\x90a.\xD5\x90\x88\x90t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aB)V[\x81R` \x80\x82\x01\x92\x90\x92R`@\x90\x81\x01_\x90\x81 `\x01`\x01`\xA0\x1B\x03\x88\x16\x80\x83R\x90\x84R\x90\x82\x90 \x80T`\xFF\x19\x16\x94\x15\x15\x94\x90\x94\x17\x90\x93U`\x01\x88\x01T\x90Q\x84\x81Rt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x87\x91\x7F\xDAr\r1\xB18\xC4\xCAL^\xD1\x8C\xAC\xF9\xE3\x8D\xE9\xB3\xEFe\xE7\xF1\x0E\xB4\x0F\xC7u=\xD0?&u\x91\x01`@Q\x80\x91\x03\x90\xA4`\x02\x86T`\xFF\x16`\x05\x81\x11\x15a/\x80Wa/\x80aJ\xE4V[\x14\x80\x15a/\xCBWP`\x02\x86\x01T`\x01\x87\x01Th\x01\0\0\0\0\0\0\0\0\x90\x91\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04\x16\x11[\x80\x15a/\xF8WP\x85Tr\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x11\x15[\x15a0vW\x85T`\xFF\x19\x16`\x05\x17\x86U`\x01\x86\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFB\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17\x90U`@Q\x84\x90\x7FGi6\x1AD%\x04\xEC\xAF\x03\x8F5\xE1\x19\xBC\xCC\xDD^B\tk$\xC0\x9E<\x17\xFD\x17\xC6hL\x02\x90_\x90\xA2[PPPPPPV[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`$\x83\x01R`D\x82\x01\x83\x90Ra0\xF2\x91\x85\x91\x82\x16\x90c\xA9\x05\x9C\xBB\x90`d\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x91P`\xE0\x1B` \x82\x01\x80Q{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x81\x83\x16\x17\x83RPPPPaI}V[PPPV[` \x81\x013a1\x06\x82\x84aX\xFAV[`\x01`\x01`\xA0\x1B\x03\x16\x14a1HW`@Q\x7FJ\x0B\xFE\xC1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x01a\nDV[a1U` \x82\x01\x82aS\xD5V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80a1\x82WPa\x01\0a1v` \x83\x01\x83aS\xD5V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11[\x15a1\xE9W`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x05`$\x82\x01R\x7Fslots\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\nDV[a1\xF6` \x82\x01\x82aS\xD5V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a2\x10`\xE0\x83\x01`\xC0\x84\x01aS\xD5V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10a2\x81W`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x0B`$\x82\x01R\x7FmaxSlotLoss\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\nDV[a2\x91`@\x82\x01` \x83\x01aS\xD5V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x03a3\x03W`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x08`$\x82\x01R\x7FslotSize\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\nDV[a3\x13``\x82\x01`@\x83\x01aS\xD5V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80a3kWPg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a3_``\x83\x01`@\x84\x01aS\xD5V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11[\x15a3\xD2W`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x08`$\x82\x01R\x7Fduration\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\nDV[a3\xE4a\x01@\x83\x01a\x01 \x84\x01aS\xD5V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80a4.WPa4\x05``\x82\x01`@\x83\x01aS\xD5V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a4!a\x01@\x84\x01a\x01 \x85\x01aS\xD5V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x15[\x15a4\x95W`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x06`$\x82\x01R\x7Fexpiry\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\nDV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a4\xD0`\x80\x83\x01``\x84\x01aS\xD5V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x80a5(WPg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a5\x1C`\x80\x83\x01``\x84\x01aS\xD5V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11[\x15a5\x8FW`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x10`$\x82\x01R\x7FproofProbability\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\nDV[`\x80\x81\x015\x15\x80a5\xB1WPl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x81`\x80\x015\x10\x15[\x15a6\x18W`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x15`$\x82\x01R\x7FpricePerBytePerSecond\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\nDV[`\xA0\x81\x015\x15\x80a6:WPl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x81`\xA0\x015\x10\x15[\x15a6\xA1W`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x11`$\x82\x01R\x7FcollateralPerByte\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\nDV[_a6\xB0a\x01\0\x84\x01\x84aS\xFCV[a6\xBA\x90\x80aT8V[\x91PP\x80\x15\x80a6\xCAWP`\x80\x81\x11[\x15a71W`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x03`$\x82\x01R\x7Fcid\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\nDV[\x7F0dNr\xE11\xA0)\xB8PE\xB6\x81\x81X](3\xE8Hy\xB9p\x91C\xE1\xF5\x93\xF0\0\0\x01a7`a\x01\0\x85\x01\x85aS\xFCV[` \x015\x10a0\xF2W`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\n`$\x82\x01R\x7FverifyRoot\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\nDV[`@Q`\x01`\x01`\xA0\x1B\x03\x84\x81\x16`$\x83\x01R\x83\x81\x16`D\x83\x01R`d\x82\x01\x83\x90Ra\x1DN\x91\x86\x91\x82\x16\x90c#\xB8r\xDD\x90`\x84\x01a0\xABV[_\x81\x81R`\x01` R`@\x81 \x90\x81T`\xFF\x16`\x05\x81\x11\x15a8(Wa8(aJ\xE4V[\x03a(\x9DW`@Q\x7F{\xBE4\xC9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\nDV[`\x02\x81\x01T_\x90\x81\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x85\x16\x10a8\xBDW`@Q\x7F\x17\xBC2\xDB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R`$\x01a\nDV[a8\xC7\x85\x85aB)V[_\x81\x81R`\x02` R`@\x90 \x80T\x91\x93P\x91Pa9jW\x84\x81U`\x01\x80\x82\x01\x80T\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x16\x02\x17\x90U`\x02\x82\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16i\x01\0\0\0\0\0\0\0\0\0\x83\x02\x17\x90UP[\x93P\x93\x91PPV[__a9}\x84a'1V[`\x02\x84\x01T\x90\x91Pi\x01\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x01\x82`\x05\x81\x11\x15a9\xA9Wa9\xA9aJ\xE4V[\x03a:\x05W`\x01\x81`\x07\x81\x11\x15a9\xC2Wa9\xC2aJ\xE4V[\x14a9\xFBW\x80`@Q\x7F\xD7\xF0\xE3\x08\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\nD\x91\x90aMrV[_\x92PPPa\t\xB2V[`\x02\x82`\x05\x81\x11\x15a:\x19Wa:\x19aJ\xE4V[\x03a:vW`\x07\x81`\x07\x81\x11\x15a:2Wa:2aJ\xE4V[\x14a:kW\x80`@Q\x7F\xD7\xF0\xE3\x08\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\nD\x91\x90aMrV[`\x01\x92PPPa\t\xB2V[\x81`@Q\x7F\x1D\x81\x05\x94\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\nD\x91\x90aK%V[_\x82\x81R`\x04` \x90\x81R`@\x80\x83 3\x84R\x90\x91R\x90 T`\xFF\x16\x15a:\xFFW`@Q\x7F\x10\xBFTM\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x01a\nDV[_\x81\x81R`\x05` \x90\x81R`@\x80\x83 3\x84R\x90\x91R\x90 T`\xFF\x16\x15a;TW`@Q\x7F\x19\xB8\xCB]\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x01a\nDV[PPV[_`d\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16\x83`\x06\x01Ta;\x8E\x91\x90aQUV[a\t\xB2\x91\x90aQ\x99V[_\x81\x81R`\x03` R`@\x81 \x80T``\x92\x91\x90\x80\x83\x03a;\xBEWP\x91\x93_\x93P\x91PPV[_\x80[\x82\x81\x10\x15a<cWB\x84\x82\x81T\x81\x10a;\xDCWa;\xDCaY@V[_\x91\x82R` \x90\x91 \x01Tt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a<[W3`\x01`\x01`\xA0\x1B\x03\x16\x84\x82\x81T\x81\x10a<+Wa<+aY@V[_\x91\x82R` \x90\x91 \x01T`\x01`\x01`\xA0\x1B\x03\x16\x03a<MW`\x01\x94Pa<[V[\x81a<W\x81aY\x9AV[\x92PP[`\x01\x01a;\xC1V[P_\x81\x11\x80\x15a<qWP\x83\x15[\x15a<\xA8W`@Q\x7F\x81\xFD\xCD~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a<\xC1Wa<\xC1aT\x99V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a<\xEAW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x94P_\x80[\x83\x81\x10\x15a=\xACW_\x85\x82\x81T\x81\x10a=\x0BWa=\x0BaY@V[_\x91\x82R` \x90\x91 \x01\x80T\x90\x91PBt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x80\x15a=UWP\x80T`\x01`\x01`\xA0\x1B\x03\x163\x14\x15[\x15a=\xA3W\x80T`\x01`\x01`\xA0\x1B\x03\x16\x88\x84a=p\x81aY\x9AV[\x95P\x81Q\x81\x10a=\x82Wa=\x82aY@V[` \x02` \x01\x01\x90`\x01`\x01`\xA0\x1B\x03\x16\x90\x81`\x01`\x01`\xA0\x1B\x03\x16\x81RPP[P`\x01\x01a<\xF0V[P_\x87\x81R`\x03` R`@\x81 a=\xC3\x91aJ|V[PPPP\x91P\x91V[_\x81\x81R`\x08` R`@\x81 \x80T\x82\x91\x82\x91g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x83\x03a>\x01WP_\x93P\x83\x92P\x82\x91Pa\x1AT\x90PV[\x81Th\x01\0\0\0\0\0\0\0\0\x90\x04`@\x1B\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16`\x01a>?\x88aG\x9DV[\x91\x98\x90\x97Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x10\x94P\x92PPPV[`\x06\x84\x01T`\x01\x84\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x17\x90U`\x02\x80\x85\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\x81\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFB\x90\x81\x16\x91\x82\x17\x84U\x94\x93\x92\x91\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\x16\x17i\x01\0\0\0\0\0\0\0\0\0\x83\x02\x17\x90UP`\x03\x85\x01\x81\x90U_\x84\x81R`\x04` \x90\x81R`@\x80\x83 3\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16`\x01\x90\x81\x17\x90\x91U\x86\x81\x01\x80T`\x10\x90a?]\x90\x84\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x16aX\xDAV[\x92Pa\x01\0\n\x81T\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x86`\x07\x01_\x82\x82Ta?\xA0\x91\x90aQBV[\x90\x91UPP`\x01\x85\x01T`@\x80Q\x83\x81R\x85\x15\x15` \x82\x01R3\x92t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x87\x91\x7F\xC2\x12\xA6#T8J\xB4\xF8'%)A\xF6\xF8\xA3\x142\xBC#>U/d\x90\x08\xD68S,C)\x91\x01`@Q\x80\x91\x03\x90\xA4\x82\x15aALW`\x04\x85\x01T`\x01\x87\x01T\x87T_\x91a@M\x91g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x82\x16\x91r\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x16aZsV[\x88Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x82\x16\x91a@\x7F\x91\x87\x91r\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x16aZsV[a@\x93\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x84aQUV[a@\x9D\x91\x90aQ\x99V[`\x04\x88\x01\x81\x90U`\x01\x89\x81\x01\x80T\x92\x93P\x90\x91`\x18\x90a@\xE4\x90\x84\x90x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aZsV[\x92Pa\x01\0\n\x81T\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x81\x88`\t\x01_\x82\x82TaA\x1D\x91\x90aQ\xACV[\x90\x91UPaA-\x90P\x81\x83aQ\xACV[\x88`\x08\x01_\x82\x82TaA?\x91\x90aQBV[\x90\x91UPa0v\x92PPPV[`\x02\x86\x01T`\x01\x87\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x82\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x90\x91\x16\x10a0vW\x85T`\xFF\x19\x16`\x02\x17\x86U`\x01\x86\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x90\x91\x16\x17\x90U`@Q\x84\x90\x7F\xB8\xBF\xE4\xEE\x9B\xF6F\xEA\xECc\x91\xAE{\xB7e\xF8H\xA1\r\xAB\xF8\x06T\xCD\xCD\x1D\xA2\x15\x90\x1Bi\x14\x90_\x90\xA2PPPPPPV[___aB\0\x85a=\xCCV[P\x91P\x91P\x80aB\x14W_\x92PPPa\x183V[aB\x1F\x82\x87\x86a*\xBBV[\x96\x95PPPPPPV[_\x82\x82`@Q` \x01aBP\x92\x91\x90\x91\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x92\x91PPV[_`\x05`\x02\x83\x01Ti\x01\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x07\x81\x11\x15aB\x97WaB\x97aJ\xE4V[\x03aB\xA4WP`\x05a\t\xB2V[_aB\xAE\x84a'1V[\x90P`\x03\x81`\x05\x81\x11\x15aB\xC4WaB\xC4aJ\xE4V[\x03aB\xD3W`\x06\x91PPa\t\xB2V[`\x05\x81`\x05\x81\x11\x15aB\xE7WaB\xE7aJ\xE4V[\x03aB\xF6W`\x04\x91PPa\t\xB2V[`\x04\x81`\x05\x81\x11\x15aC\nWaC\naJ\xE4V[\x03aC\x19W`\x03\x91PPa\t\xB2V[\x82TaC)W`\x01\x91PPa\t\xB2V[PP`\x02\x01Ti\x01\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x91\x90PV[`\x04\x81`\x05\x81\x11\x15aCXWaCXaJ\xE4V[\x14\x80\x15aC\xB3WP\x81TaC\xAF\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x91r\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x16aQBV[B\x11\x15[\x15aC\xEDW`\x02`@Q\x7F\x1D\x81\x05\x94\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\nD\x91\x90aK%V[`\x05\x81`\x05\x81\x11\x15aD\x01WaD\x01aJ\xE4V[\x14\x80\x15aDUWP`\x01\x82\x01TaDQ\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x91h\x01\0\0\0\0\0\0\0\0\x90\x04\x16aQBV[B\x11\x15[\x15a;TW`\x05`@Q\x7F\x1D\x81\x05\x94\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\nD\x91\x90aK%V[`\x07\x82\x01T`\x01\x83\x01T_\x91\x82\x91p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aD\xC5\x86\x86aH\x1CV[aD\xCF\x91\x90aQUV[aD\xD9\x91\x90aQ\xACV[\x84`\x05\x01TaD\xE8\x91\x90aQUV[\x90P\x80\x84`\n\x01T\x85`\t\x01T\x86`\x08\x01TaE\x04\x91\x90aQBV[aE\x0E\x91\x90aQBV[a\t\x94\x91\x90aQ\xACV[`\x01\x82\x81\x01T`\x03\x84\x01T\x85\x83\x01\x80T`\x01`\x01`\xA0\x1B\x03\x90\x93\x16\x93\x91\x92`\x10\x90aEb\x90\x84\x90p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aZsV[\x92Pa\x01\0\n\x81T\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x83`\x02\x01_\x90T\x90a\x01\0\n\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x85`\x07\x01_\x82\x82TaE\xBC\x91\x90aQ\xACV[\x90\x91UPP`\x01\x84\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81U`\x02\x85\x01\x80T_`\x03\x88\x01\x81\x90U\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\0\0\0\0\0\0\0\0\x90\x91\x16i\x01\0\0\0\0\0\0\0\0\0\x17\x90\x91U\x84\x81R`\x04` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x87\x16\x80\x85R\x92R\x80\x83 \x80T`\xFF\x19\x16\x90U\x92T\x92Q\x90\x92t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x86\x91\x7F\xF1\x86\xF8Ob\x08\xB2\x1D\x0B\x91\xC9\xD5\xD6\x81\x11\xF8\x81a\x8F\xB6Z\xAD\x9A\x15>P\x83\xA8\xD7\xEC\x04\xE0\x91\x90\xA4a\"\xB7`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83\x83a0~V[_aF\xE4\x85\x85\x84a'\xCEV[`\x02\x85\x01\x80Ti\x05\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17\x90U_`\x03\x86\x01\x81\x90U`\x04\x86\x01U`@Q\x81\x81R\x90\x91P3\x90\x84\x90\x7F\xAEt9Y\x15]&\x83J\x1E\xABR\xF6\x1C\xF2JidW3\xBD\xA1\xF4\x9A\"\x0CK\xAF\xA8\x81\x07Q\x90` \x01`@Q\x80\x91\x03\x90\xA3\x80\x15a\"\xB7Wa\"\xB7`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x83a0~V[_a\t\xB2g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83aQUV[_\x82\x81R`\x02` R`@\x81 \x80T\x82\x91\x90aG\xF4WP_\x91P\x81\x90PaH\x15V[\x80T_\x90\x81R`\x01` R`@\x90 aH\x0F\x90\x82\x87\x87a(\xCCV[\x92P\x92PP[\x92P\x92\x90PV[_`\x03\x82`\x05\x81\x11\x15aH1WaH1aJ\xE4V[\x03aHVWP\x81Tj\x01\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\t\xB2V[`\x05\x82`\x05\x81\x11\x15aHjWaHjaJ\xE4V[\x03aH\x90WP`\x01\x82\x01Th\x01\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\t\xB2V[PPTr\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[_\x81\x81R`\x08` R`@\x90 \x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15aH\xD8WPPV[_`\x02C\x11aH\xE7W_aH\xF4V[aH\xF2`\x02CaQ\xACV[@[`@\x80QD` \x80\x83\x01\x91\x90\x91R\x81\x83\x01\x84\x90R``\x80\x83\x01\x88\x90R\x83Q\x80\x84\x03\x90\x91\x01\x81R`\x80\x83\x01\x80\x85R\x81Q\x91\x90\x92\x01 Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x84\x1Ch\x01\0\0\0\0\0\0\0\0\x02\x17\x86UC\x90R\x90Q\x91\x92P\x84\x91\x7Fu3\xB1\xB4\x82G9\xAAl\xCA\xA9\xFEi\xEB\xAB\xF7\xCD\x86{<B\xF1\x82\x08\xB0\x88\xF1\n.\xBFQ\xC9\x91\x81\x90\x03`\xA0\x01\x90\xA2PPPV[__` _\x84Q` \x86\x01_\x88Z\xF1\x80aI\x9CW`@Q=_\x82>=\x81\xFD[PP_Q=\x91P\x81\x15aI\xB3W\x80`\x01\x14\x15aI\xC0V[`\x01`\x01`\xA0\x1B\x03\x84\x16;\x15[\x15a\x1DNW`@Q\x7FRt\xAF\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\nDV[`@\x80Q`\xA0\x80\x82\x01\x83R_\x80\x83R\x83Q`\xE0\x81\x01\x85R\x81\x81R` \x81\x81\x01\x83\x90R\x94\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R\x91\x82\x01\x81\x90R`\xC0\x82\x01R\x90\x91\x82\x01\x90\x81R` \x01aJi`@Q\x80`@\x01`@R\x80``\x81R` \x01_\x81RP\x90V[\x81R_` \x82\x01\x81\x90R`@\x90\x91\x01R\x90V[P\x80T_\x82U\x90_R` _ \x90\x81\x01\x90a(\xC9\x91\x90[\x80\x82\x11\x15aJ\xC9W\x80T\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81U`\x01\x01aJ\x93V[P\x90V[_` \x82\x84\x03\x12\x15aJ\xDDW__\xFD[P5\x91\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[`\x06\x81\x10aK!WaK!aJ\xE4V[\x90RV[` \x81\x01a\t\xB2\x82\x84aK\x11V[_a\x01\0\x82\x84\x03\x12\x15aKDW__\xFD[P\x91\x90PV[__a\x01 \x83\x85\x03\x12\x15aK\\W__\xFD[\x825\x91PaKm\x84` \x85\x01aK3V[\x90P\x92P\x92\x90PV[__`@\x83\x85\x03\x12\x15aK\x87W__\xFD[PP\x805\x92` \x90\x91\x015\x91PV[_` \x82\x84\x03\x12\x15aK\xA6W__\xFD[\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aK\xBCW__\xFD[\x82\x01a\x01`\x81\x85\x03\x12\x15a\x183W__\xFD[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a(\xC9W__\xFD[\x805a(\x9D\x81aK\xCEV[__`@\x83\x85\x03\x12\x15aK\xFFW__\xFD[\x825\x91P` \x83\x015aL\x11\x81aK\xCEV[\x80\x91PP\x92P\x92\x90PV[___a\x01@\x84\x86\x03\x12\x15aL/W__\xFD[\x835\x92P` \x84\x015aLA\x81aK\xCEV[\x91PaLP\x85`@\x86\x01aK3V[\x90P\x92P\x92P\x92V[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a(\xC9W__\xFD[__`@\x83\x85\x03\x12\x15aL~W__\xFD[\x825\x91P` \x83\x015aL\x11\x81aLYV[`\x08\x81\x10aK!WaK!aJ\xE4V[_a\x01\0\x82\x01\x90PaL\xB3\x82\x84QaL\x90V[` \x83\x01Q` \x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x84\x01Q\x16`@\x83\x01R`\x01`\x01`\xA0\x1B\x03``\x84\x01Q\x16``\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x80\x84\x01Q\x16`\x80\x83\x01R`\xA0\x83\x01QaM\x0C`\xA0\x84\x01\x82`\xFF\x16\x90RV[P`\xC0\x83\x01Q`\xC0\x83\x01R`\xE0\x83\x01Q`\xE0\x83\x01R\x92\x91PPV[` \x80\x82R\x82Q\x82\x82\x01\x81\x90R_\x91\x84\x01\x90`@\x84\x01\x90\x83[\x81\x81\x10\x15aMgW\x83Q`\x01`\x01`\xA0\x1B\x03\x16\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01aM@V[P\x90\x95\x94PPPPPV[` \x81\x01a\t\xB2\x82\x84aL\x90V[\x81Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81Ra\x01`\x81\x01` \x83\x01QaM\xAE` \x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`@\x83\x01QaM\xCA`@\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P``\x83\x01QaM\xE6``\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01QaM\xFB`\x80\x84\x01\x82`\xFF\x16\x90RV[P`\xA0\x83\x01QaN\x10`\xA0\x84\x01\x82`\xFF\x16\x90RV[P`\xC0\x83\x01QaN%`\xC0\x84\x01\x82`\xFF\x16\x90RV[P`\xE0\x83\x01QaN:`\xE0\x84\x01\x82`\xFF\x16\x90RV[Pa\x01\0\x83\x01QaNQa\x01\0\x84\x01\x82`\xFF\x16\x90RV[Pa\x01 \x83\x01QaNoa\x01 \x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01@\x83\x01Qa\"\xE5a\x01@\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[_a\x01 \x82\x01\x90PaN\xA0\x82\x84QaK\x11V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x01Q\x16` \x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x84\x01Q\x16`@\x83\x01R``\x83\x01QaN\xE3``\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01QaN\xFF`\x80\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x83\x01QaO\x1B`\xA0\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x83\x01QaO7`\xC0\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01QaOS`\xE0\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01Qa\"\xE5a\x01\0\x84\x01\x82\x15\x15\x90RV[_\x81Q`@\x84R\x80Q\x80`@\x86\x01R\x80` \x83\x01``\x87\x01^_``\x82\x87\x01\x01R` \x84\x01Q` \x86\x01R``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x83\x01\x16\x86\x01\x01\x92PPP\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x81Q\x16\x82R_` \x82\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81Q\x16` \x85\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x82\x01Q\x16`@\x85\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x82\x01Q\x16``\x85\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x82\x01Q\x16`\x80\x85\x01R`\x80\x81\x01Q`\xA0\x85\x01R`\xA0\x81\x01Q`\xC0\x85\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xC0\x82\x01Q\x16`\xE0\x85\x01RP`@\x82\x01Qa\x01`a\x01\0\x85\x01RaPna\x01`\x85\x01\x82aOiV[\x90P``\x83\x01QaP\x8Ca\x01 \x86\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01Qa\x01@\x85\x01R\x80\x91PP\x92\x91PPV[`@\x81R_aP\xB4`@\x83\x01\x85aO\xC9V[\x90Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16` \x83\x01R\x93\x92PPPV[___``\x84\x86\x03\x12\x15aP\xDFW__\xFD[\x835\x92P` \x84\x015\x91P`@\x84\x015aP\xF8\x81aLYV[\x80\x91PP\x92P\x92P\x92V[` \x81R_a\x183` \x83\x01\x84aO\xC9V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\t\xB2Wa\t\xB2aQ\x15V[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\t\xB2Wa\t\xB2aQ\x15V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[_\x82aQ\xA7WaQ\xA7aQlV[P\x04\x90V[\x81\x81\x03\x81\x81\x11\x15a\t\xB2Wa\t\xB2aQ\x15V[`\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xB2Wa\t\xB2aQ\x15V[\x805aQ\xE3\x81aK\xCEV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82R` \x81\x015aQ\xFD\x81aK\xCEV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x83\x01R`@\x81\x015aR\x1A\x81aK\xCEV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`@\x83\x01RaR5``\x82\x01aK\xE3V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16``\x83\x01R`\x80\x81\x81\x015\x90\x83\x01R`\xA0\x80\x82\x015\x90\x83\x01RaRd`\xC0\x82\x01aK\xE3V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16`\xC0\x84\x01RPPPV[` \x81R_\x825aR\x89\x81aLYV[`\x01`\x01`\xA0\x1B\x03\x81\x16` \x84\x01RPaR\xA9`@\x83\x01` \x85\x01aQ\xD8V[a\x01\0\x83\x015\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xC1\x846\x03\x01\x81\x12aR\xDEW__\xFD[a\x01`a\x01 \x84\x01R\x83\x01\x8056\x82\x90\x03\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x01\x81\x12aS\x1BW__\xFD[\x81\x01` \x81\x01\x905g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aS7W__\xFD[\x806\x03\x82\x13\x15aSEW__\xFD[`@a\x01\x80\x86\x01R\x80a\x01\xC0\x86\x01R\x80\x82a\x01\xE0\x87\x017_\x85\x82\x01a\x01\xE0\x01R` \x83\x015a\x01\xA0\x86\x01\x81\x90R\x91PaS\x81a\x01 \x87\x01aK\xE3V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16a\x01@\x87\x01R\x92Pa\x01@\x95\x90\x95\x015a\x01`\x85\x01RPPP`\x1F\x91\x90\x91\x01\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x16\x01a\x01\xE0\x01\x90V[_` \x82\x84\x03\x12\x15aS\xE5W__\xFD[\x815a\x183\x81aK\xCEV[_\x815a\t\xB2\x81aK\xCEV[_\x825\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xC1\x836\x03\x01\x81\x12aT.W__\xFD[\x91\x90\x91\x01\x92\x91PPV[__\x835\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x846\x03\x01\x81\x12aTkW__\xFD[\x83\x01\x805\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15aT\x85W__\xFD[` \x01\x91P6\x81\x90\x03\x82\x13\x15aH\x15W__\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[`\x01\x81\x81\x1C\x90\x82\x16\x80aT\xDAW`\x7F\x82\x16\x91P[` \x82\x10\x81\x03aKDW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\"`\x04R`$_\xFD[`\x1F\x82\x11\x15a0\xF2W\x80_R` _ `\x1F\x84\x01`\x05\x1C\x81\x01` \x85\x10\x15aU6WP\x80[`\x1F\x84\x01`\x05\x1C\x82\x01\x91P[\x81\x81\x10\x15a\"\xB7W_\x81U`\x01\x01aUBV[\x815\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x836\x03\x01\x81\x12aU\x86W__\xFD[\x82\x01\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x80\x15aU\x9FW__\xFD[\x816\x03` \x84\x01\x13\x15aU\xB0W__\xFD[_\x90PPaU\xC8\x81aU\xC2\x85TaT\xC6V[\x85aU\x11V[_`\x1F\x82\x11`\x01\x81\x14aU\xFCW_\x83\x15aU\xE5WP\x83\x82\x01` \x015[_\x19`\x03\x85\x90\x1B\x1C\x19\x16`\x01\x84\x90\x1B\x17\x85UaVvV[_\x85\x81R` \x81 \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x85\x16\x91[\x82\x81\x10\x15aVKW` \x85\x88\x01\x81\x015\x83U\x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01aV)V[P\x84\x82\x10\x15aVjW_\x19`\xF8\x86`\x03\x1B\x16\x1C\x19` \x85\x88\x01\x015\x16\x81U[PP`\x01\x83`\x01\x1B\x01\x85U[PPPP` \x91\x90\x91\x015`\x01\x90\x91\x01UV[\x815aV\x94\x81aLYV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83T\x16\x17\x82UP`\x01\x81\x01` \x83\x015aV\xD8\x81aK\xCEV[\x81T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x17\x82UP`@\x83\x015aW\x19\x81aK\xCEV[\x81T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`@\x91\x90\x91\x1Bo\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16\x17\x81UaW\xB0aWg``\x85\x01aS\xF0V[\x82T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x80\x91\x90\x91\x1Bw\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17\x82UV[aX\x08aW\xBF`\x80\x85\x01aS\xF0V[\x82Tw\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xC0\x91\x90\x91\x1B\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17\x82UV[P`\xA0\x82\x015`\x02\x82\x01U`\xC0\x82\x015`\x03\x82\x01UaXfaX,`\xE0\x84\x01aS\xF0V[`\x04\x83\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x82T\x16\x17\x81UPPV[aX\x80aXwa\x01\0\x84\x01\x84aS\xFCV[`\x05\x83\x01aUUV[aX\xCAaX\x90a\x01 \x84\x01aS\xF0V[`\x07\x83\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x82T\x16\x17\x81UPPV[a\x01@\x91\x90\x91\x015`\x08\x90\x91\x01UV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xB2Wa\t\xB2aQ\x15V[_` \x82\x84\x03\x12\x15aY\nW__\xFD[\x815a\x183\x81aLYV[a\x01 \x81\x01aY$\x82\x86aQ\xD8V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x93\x90\x93\x16`\xE0\x82\x01Ra\x01\0\x01R\x91\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`1`\x04R`$_\xFD[__\x19\x82\x03aY\xABWaY\xABaQ\x15V[P`\x01\x01\x90V[`@\x81\x01aY\xC0\x82\x85aK\x11V[\x82` \x83\x01R\x93\x92PPPV[_\x82aY\xDBWaY\xDBaQlV[P\x06\x90V[a\x01`\x81\x01`@\x84\x837`@\x82\x01`@\x85\x01_[`\x02\x81\x10\x15aZ\x15W`@\x82\x847`@\x92\x83\x01\x92\x91\x90\x91\x01\x90`\x01\x01aY\xF4V[PPP`@`\xC0\x85\x01`\xC0\x84\x017a\x01\0\x82\x01\x83_[`\x03\x81\x10\x15aZJW\x81Q\x83R` \x92\x83\x01\x92\x90\x91\x01\x90`\x01\x01aZ+V[PPP\x93\x92PPPV[_` \x82\x84\x03\x12\x15aZdW__\xFD[\x81Q\x80\x15\x15\x81\x14a\x183W__\xFD[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xB2Wa\t\xB2aQ\x15V",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b50600436106102c1575f3560e01c8063757105791161017c578063b7c1b4f0116100dd578063d424e7e011610093578063f752196b1161006e578063f752196b146108b6578063fb1e61ca146108e8578063fc0c546a14610908575f5ffd5b8063d424e7e014610888578063df3c41671461089b578063f3b8bd5e146108a3575f5ffd5b8063be5cdc48116100c3578063be5cdc4814610859578063c0cc4add1461086c578063c0f3f2e91461087f575f5ffd5b8063b7c1b4f014610833578063bbbb564f14610846575f5ffd5b8063a36f125511610132578063a82da60d11610118578063a82da60d14610801578063b396dc7914610809578063b3c190181461082a575f5ffd5b8063a36f1255146107db578063a3a0807e146107ee575f5ffd5b80637bde51ae116101625780637bde51ae1461077c57806382d67e5a146107a8578063a29c29a4146107c8575f5ffd5b806375710579146104f857806379502c5514610518575f5ffd5b8063278a3caf116102265780635f350213116101dc5780636b00c8cf116101c25780636b00c8cf1461049a5780636e2b54ee146104c5578063748de917146104d8575f5ffd5b80635f350213146104675780636317e00b1461047a575f5ffd5b806339311ef41161020c57806339311ef41461041157806342656f66146104245780635b29a84e14610454575f5ffd5b8063278a3caf146103af5780632b7ac3f3146103d2575f5ffd5b806308695fcd1161027b5780631282760211610261578063128276021461036257806325c2cd121461037557806327614ec41461039c575f5ffd5b806308695fcd1461033c5780630d283a821461034f575f5ffd5b806305b90773116102ab57806305b90773146102ff578063060406181461031f578063068edcda14610327575f5ffd5b8062f74588146102c557806301c11d96146102eb575b5f5ffd5b6102d86102d3366004614acd565b61092f565b6040519081526020015b60405180910390f35b6102d86c0100000000000000000000000081565b61031261030d366004614acd565b61099c565b6040516102e29190614b25565b6102d86109b8565b61033a610335366004614b4a565b6109c6565b005b61033a61034a366004614b76565b610b60565b6102d861035d366004614b96565b610f78565b61033a610370366004614bee565b61140c565b6102d87f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000181565b6102d86103aa366004614acd565b611801565b6103c26103bd366004614b76565b61180b565b60405190151581526020016102e2565b6103f97f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016102e2565b61033a61041f366004614c1c565b61183a565b610437610432366004614acd565b611a41565b6040805193845291151560208401521515908201526060016102e2565b6102d8610462366004614c6d565b611a5b565b6102d8610475366004614bee565b611a6e565b61048d610488366004614acd565b611a79565b6040516102e29190614ca0565b6103f96104a8366004614acd565b5f908152600260205260409020600101546001600160a01b031690565b61033a6104d3366004614acd565b611b85565b6104eb6104e6366004614acd565b611d54565b6040516102e29190614d27565b61050b610506366004614bee565b611ed8565b6040516102e29190614d72565b61076f60408051610160810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101919091526040518061016001604052807f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000060ff1681526020017f000000000000000000000000000000000000000000000000000000000000000060ff1681526020017f000000000000000000000000000000000000000000000000000000000000000060ff1681526020017f000000000000000000000000000000000000000000000000000000000000000060ff1681526020017f000000000000000000000000000000000000000000000000000000000000000060ff1681526020017f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff16815250905090565b6040516102e29190614d80565b61078f61078a366004614c6d565b611f4b565b60405167ffffffffffffffff90911681526020016102e2565b6107bb6107b6366004614acd565b61203d565b6040516102e29190614e8d565b61033a6107d6366004614acd565b61217a565b6102d86107e9366004614acd565b6122be565b6103c26107fc366004614acd565b6122c8565b6102d8608081565b61081c610817366004614acd565b6122ec565b6040516102e29291906150a2565b6102d8617a6981565b6102d8610841366004614acd565b6124be565b6102d8610854366004614acd565b612513565b61050b610867366004614acd565b612525565b6103c261087a366004614acd565b612559565b61078f61010081565b6102d86108963660046150cd565b612566565b61033a612572565b6103c26108b1366004614b76565b61257c565b6102d86108c4366004614acd565b5f908152600260208190526040909120015468010000000000000000900460ff1690565b6108fb6108f6366004614acd565b61258f565b6040516102e29190615103565b6103f97f000000000000000000000000000000000000000000000000000000000000000081565b5f81815260026020819052604082209060028201546901000000000000000000900460ff16600781111561096557610965614ae4565b1461097257505f92915050565b80545f908152600160205260409020610994818361098f82612731565b6127ce565b949350505050565b5f8181526001602052604081206109b290612731565b92915050565b5f6109c1612820565b905090565b5f6109d083612855565b80545f9081526001602052604090209091506109ea6128a2565b5f6109f3612820565b90505f5f610a03848689866128cc565b9150915081610a4d576040517f408df01900000000000000000000000000000000000000000000000000000000815260048101889052602481018490526044015b60405180910390fd5b5f878152600660209081526040808320600887901c845290915290205460ff84161c60011615610ab3576040517fb17770b30000000000000000000000000000000000000000000000000000000081526004810188905260248101849052604401610a44565b6001850154610b05908790610ad49084908b906001600160a01b0316612abb565b6004870154600189015474010000000000000000000000000000000000000000900467ffffffffffffffff16612b24565b5f878152600660209081526040808320600887901c84529091528082208054600160ff88161b17905551849189917f3c0e85acf452e867ee09c9151d2cf45fe6d6a729271347e89a9a6b91b081f31d9190a350505050505050565b5f610b6a83612855565b80545f908152600160205260409020909150610b84612820565b8310610bbf576040517f835cda2900000000000000000000000000000000000000000000000000000000815260048101849052602401610a44565b5f610bc984612c22565b9050610bff67ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001682615142565b4210610c3a576040517f7b3c329400000000000000000000000000000000000000000000000000000000815260048101859052602401610a44565b610c426128a2565b5f610c4f838588886128cc565b50905080610c93576040517f408df0190000000000000000000000000000000000000000000000000000000081526004810187905260248101869052604401610a44565b5f868152600660209081526040808320600889901c845290915290205460ff86161c60011615610cf9576040517fb17770b30000000000000000000000000000000000000000000000000000000081526004810187905260248101869052604401610a44565b5f86815260076020908152604080832088845290915290205460ff1615610d56576040517fdca21ba00000000000000000000000000000000000000000000000000000000081526004810187905260248101869052604401610a44565b5f8681526007602090815260408083208884529091528120805460ff191660011790556006840154606490610daf907f000000000000000000000000000000000000000000000000000000000000000060ff1690615155565b610db99190615199565b90508460030154811115610dce575060038401545b5f6064610dfe60ff7f00000000000000000000000000000000000000000000000000000000000000001684615155565b610e089190615199565b60018701549091506001600160a01b03163303610e2257505f5b81866003015f828254610e3591906151ac565b90915550610e45905081836151ac565b856008015f828254610e579190615142565b909155505060028601805460019190600890610e8390849068010000000000000000900460ff166151bf565b92506101000a81548160ff021916908360ff160217905550336001600160a01b031687897fe4c2a99aeb10163f2ad524aa1f3285df1ae8ba76c576bfc1439305c99dcfa4cd8585604051610ee1929190918252602082015260400190565b60405180910390a4600286015460ff7f00000000000000000000000000000000000000000000000000000000000000008116680100000000000000009092041610610f3457610f348587885f0154612c63565b8015610f6e57610f6e6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016338361307e565b5050505050505050565b5f610f82826130f7565b81604051602001610f939190615279565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815291815281516020928301205f818152600190935290822090925090815460ff166005811115610fef57610fef614ae4565b14611029576040517fa4a99c6100000000000000000000000000000000000000000000000000000000815260048101839052602401610a44565b6110316128a2565b602083015f60a085013561104b60608701604088016153d5565b67ffffffffffffffff1661105f9190615155565b90505f61106f60208401846153d5565b67ffffffffffffffff1661108960608501604086016153d5565b61109d9067ffffffffffffffff1684615155565b6110a79190615155565b5f868152602081905260409020909150429087906110c58282615689565b5050845467ffffffffffffffff821662010000027fffffffffffffffffffffffffffffffffffffffffffff0000000000000000ff00909116176001178555611115610140880161012089016153d5565b61111f90826158da565b855467ffffffffffffffff919091166a0100000000000000000000027fffffffffffffffffffffffffffff0000000000000000ffffffffffffffffffff90911617855561117260608501604086016153d5565b61117c90826158da565b855467ffffffffffffffff919091167201000000000000000000000000000000000000027fffffffffffff0000000000000000ffffffffffffffffffffffffffffffffffff9091161785556111d460208501856153d5565b6002860180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff9290921691909117905561121f60e0850160c086016153d5565b60028601805467ffffffffffffffff9290921668010000000000000000027fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff90921691909117905561127760808501606086016153d5565b60028601805467ffffffffffffffff92909216700100000000000000000000000000000000027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff9092169190911790556112d460208801886158fa565b6003860180547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b039290921691909117905561131c6101008801886153fc565b60209081013560048701556005860184905560a08501359061134490604087019087016153d5565b67ffffffffffffffff166113589190615155565b60068601556008850182905561137160208801886158fa565b6001600160a01b0316867fa0f8d354e6a897b29de3ffa6d4611b40e05e02be5e578df72c4278437460804886885f01600a9054906101000a900467ffffffffffffffff16866040516113c593929190615915565b60405180910390a36114026001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163330856137cb565b5050505050919050565b5f61141683613804565b90505f5f611425858585613862565b915091506114338382613972565b5061143e8583613aaa565b5f828152600360205260408120905b8154811015611630574282828154811061146957611469615940565b5f9182526020909120015474010000000000000000000000000000000000000000900467ffffffffffffffff16116115b757815482906114ab906001906151ac565b815481106114bb576114bb615940565b905f5260205f20018282815481106114d5576114d5615940565b5f91825260209091208254910180546001600160a01b039092167fffffffffffffffffffffffff000000000000000000000000000000000000000083168117825592547fffffffff00000000000000000000000000000000000000000000000000000000909216909217740100000000000000000000000000000000000000009182900467ffffffffffffffff16909102179055815482908061157a5761157a61596d565b5f8281526020902081015f1990810180547fffffffff0000000000000000000000000000000000000000000000000000000016905501905561144d565b336001600160a01b03168282815481106115d3576115d3615940565b5f918252602090912001546001600160a01b03160361161e576040517f87b34a0600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b806116288161599a565b91505061144d565b815460ff7f0000000000000000000000000000000000000000000000000000000000000000161161168d576040517f672dca1500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6116956128a2565b5f6116c07f0000000000000000000000000000000000000000000000000000000000000000426158da565b6040805180820190915233815267ffffffffffffffff808316602080840191825287546001810189555f898152918220945194018054925190931674010000000000000000000000000000000000000000027fffffffff000000000000000000000000000000000000000000000000000000009092166001600160a01b03949094169390931717905590915061175587613b58565b90508087600a015f82825461176a9190615142565b90915550506040805167ffffffffffffffff8481168252602082018490523392908b16918c917ff7f23a9d1e8ae6cf5e2514abbcf97a4cffba18587c85b9248425d5105a301b9b910160405180910390a480156117f6576117f66001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163330846137cb565b505050505050505050565b5f6109b282612c22565b5f828152600660209081526040808320600885901c845290915281205460ff83161c60011615155b9392505050565b5f61184484613804565b90505f5f611853868685613862565b915091505f6118628483613972565b905061186e8784613aaa565b5f5f61187985613b98565b915091506118856128a2565b5f61188e612820565b90505f5f61189b83613dcc565b5091509150806118da576040517fc7234db200000000000000000000000000000000000000000000000000000000815260048101849052602401610a44565b6118f48a6118e9848b33612abb565b8b600401548e612b24565b5f888152600660209081526040808320600887901c845290915290208054600160ff86161b17905561192889888e89613e59565b5f6119328a613b58565b60068b0154909150851561194d5761194a82826151ac565b90505b85611958575f61195b565b60015b60ff16875161196a9190615142565b6119749083615155565b8b600a015f82825461198691906151ac565b909155505080156119c6576119c66001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163330846137cb565b5f5b8751811015611a3057611a288882815181106119e6576119e6615940565b6020026020010151847f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031661307e9092919063ffffffff16565b6001016119c8565b505050505050505050505050505050565b5f5f5f611a4d84613dcc565b9250925092505b9193909250565b5f61183383611a68612820565b846141f4565b5f6118338383614229565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905290611ac283612855565b9050604051806101000160405280611aed60015f855f015481526020019081526020015f208461426e565b6007811115611afe57611afe614ae4565b815282546020820152600183015467ffffffffffffffff740100000000000000000000000000000000000000008204811660408401526001600160a01b0390911660608301526002840154908116608083015260ff680100000000000000009091041660a0820152600383015460c082015260049092015460e09092019190915292915050565b5f611b8f82613804565b60038101549091506001600160a01b03163314611bda576040517f4a0bfec1000000000000000000000000000000000000000000000000000000008152336004820152602401610a44565b5f611be482612731565b90506001816005811115611bfa57611bfa614ae4565b1480611c1757506002816005811115611c1557611c15614ae4565b145b15611c5057806040517f1d810594000000000000000000000000000000000000000000000000000000008152600401610a449190614b25565b611c5a8282614344565b8154610100900460ff1615611c9e576040517fc4e4c7d900000000000000000000000000000000000000000000000000000000815260048101849052602401610a44565b5f611ca9838361448f565b83547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff16610100178455604051909150339085907f153c2cd6ce291a0615516fae8ebb447d7d358491eeefe54fdf184d05637f544390611d0c90869086906159b2565b60405180910390a38015611d4e57611d4e6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016338361307e565b50505050565b5f818152600360205260408120606091805b8254811015611dcb5742838281548110611d8257611d82615940565b5f9182526020909120015474010000000000000000000000000000000000000000900467ffffffffffffffff161115611dc35781611dbf8161599a565b9250505b600101611d66565b508067ffffffffffffffff811115611de557611de5615499565b604051908082528060200260200182016040528015611e0e578160200160208202803683370190505b5092505f805b8354811015611ecf5742848281548110611e3057611e30615940565b5f9182526020909120015474010000000000000000000000000000000000000000900467ffffffffffffffff161115611ec757838181548110611e7557611e75615940565b5f918252602090912001546001600160a01b03168583611e948161599a565b945081518110611ea657611ea6615940565b60200260200101906001600160a01b031690816001600160a01b0316815250505b600101611e14565b50505050919050565b5f82815260016020526040812081815460ff166005811115611efc57611efc614ae4565b1480611f1a5750600281015467ffffffffffffffff90811690841610155b15611f28575f9150506109b2565b6109948160025f611f398888614229565b81526020019081526020015f2061426e565b5f828152600360205260408120815b815481101561203357836001600160a01b0316828281548110611f7f57611f7f615940565b5f918252602090912001546001600160a01b0316148015611fdd575042828281548110611fae57611fae615940565b5f9182526020909120015474010000000000000000000000000000000000000000900467ffffffffffffffff16115b1561202b57818181548110611ff457611ff4615940565b5f9182526020909120015474010000000000000000000000000000000000000000900467ffffffffffffffff1692506109b2915050565b600101611f5a565b505f949350505050565b60408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290529061208e83613804565b90506040518061012001604052806120a583612731565b60058111156120b6576120b6614ae4565b8152825467ffffffffffffffff620100008204811660208401526a010000000000000000000082048116604084015272010000000000000000000000000000000000008204811660608401526001909401548085166080840152680100000000000000008104851660a08401527001000000000000000000000000000000008104851660c08401527801000000000000000000000000000000000000000000000000900490931660e082015260ff6101009384900416151592019190915292915050565b5f61218482612855565b60018101549091506001600160a01b031633146121cf576040517f4a0bfec1000000000000000000000000000000000000000000000000000000008152336004820152602401610a44565b80545f818152600160205260408120906121e882612731565b905060018160058111156121fe576121fe614ae4565b036122135761220e828585614518565b6122b7565b600281600581111561222757612227614ae4565b0361223f576122346128a2565b61220e828585612c63565b600560028501546901000000000000000000900460ff16600781111561226757612267614ae4565b036122a15760056040517fd7f0e308000000000000000000000000000000000000000000000000000000008152600401610a449190614d72565b6122ab8282614344565b6122b7828587846146d8565b5050505050565b5f6109b28261479d565b5f6122e5826122d5612820565b6122e0906001615142565b6147d2565b5092915050565b6122f4614a02565b5f5f6122ff84612855565b80545f9081526020818152604091829020600180850154845160a0808201875284546001600160a01b03168252865160e0810188529385015467ffffffffffffffff808216865268010000000000000000820481168689015270010000000000000000000000000000000082048116868a0152780100000000000000000000000000000000000000000000000090910481166060860152600286015460808601526003860154918501919091526004850154811660c08501529481019290925284518086018652600584018054979850939674010000000000000000000000000000000000000000909204909416949193869392850192909182908290612405906154c6565b80601f0160208091040260200160405190810160405280929190818152602001828054612431906154c6565b801561247c5780601f106124535761010080835404028352916020019161247c565b820191905f5260205f20905b81548152906001019060200180831161245f57829003601f168201915b505050918352505060019190910154602091820152908252600783015467ffffffffffffffff1690820152600890910154604090910152969095509350505050565b5f81815260016020526040812081815460ff1660058111156124e2576124e2614ae4565b14806124f457508054610100900460ff165b1561250157505f92915050565b6118338161250e83612731565b61448f565b5f6109b261252083613804565b613b58565b5f818152600260205260408120805461254057505f92915050565b80545f908152600160205260409020611833908261426e565b5f6122e5826122e0612820565b5f6109948484846141f4565b61257a6128a2565b565b5f61258783836147d2565b509392505050565b612597614a02565b6125a082613804565b505f8281526020818152604091829020825160a0808201855282546001600160a01b03168252845160e081018652600184015467ffffffffffffffff8082168352680100000000000000008204811683880152700100000000000000000000000000000000820481168389015278010000000000000000000000000000000000000000000000009091048116606083015260028501546080830152600385015492820192909252600484015490911660c0820152928101929092528251808401845260058201805493949293928501928290829061267d906154c6565b80601f01602080910402602001604051908101604052809291908181526020018280546126a9906154c6565b80156126f45780601f106126cb576101008083540402835291602001916126f4565b820191905f5260205f20905b8154815290600101906020018083116126d757829003601f168201915b505050918352505060019190910154602091820152908252600783015467ffffffffffffffff169082015260089091015460409091015292915050565b80545f9060ff16600181600581111561274c5761274c614ae4565b148015612771575082546a0100000000000000000000900467ffffffffffffffff1642115b1561277f5750600392915050565b600281600581111561279357612793614ae4565b1480156127c0575082547201000000000000000000000000000000000000900467ffffffffffffffff1642115b156109b25750600492915050565b60028201545f9067ffffffffffffffff166127e9858461481c565b6127f391906151ac565b84600501546128029190615155565b836004015484600301546128169190615142565b6109949190615142565b5f6109c167ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001642615199565b5f818152600260205260409020805461289d576040517fb26dbc2f00000000000000000000000000000000000000000000000000000000815260048101839052602401610a44565b919050565b5f6128ab612820565b90506128b6816148b6565b6128c96128c4826001615142565b6148b6565b50565b5f806002808601546901000000000000000000900460ff1660078111156128f5576128f5614ae4565b1461290457505f905080612ab2565b855460ff16600281600581111561291d5761291d614ae4565b1415801561296b5750600581600581111561293a5761293a614ae4565b1480156129695750600187015468010000000000000000900467ffffffffffffffff1661296685612c22565b11155b155b1561297c57505f9150819050612ab2565b612984612820565b61298f906001615142565b8411156129a257505f9150819050612ab2565b5f6129ac8561479d565b600189015490915067ffffffffffffffff168110806129d85750600287015467ffffffffffffffff1681105b80612a0b575087547201000000000000000000000000000000000000900467ffffffffffffffff16612a0986612c22565b115b15612a1e57505f9250829150612ab29050565b5f5f5f612a2a88613dcc565b925092509250811580612a3b575080155b15612a5157505f9550859450612ab29350505050565b6040805160208082018690528183018c90528251808303840181526060909201909252805191012060028c0154612aa690700100000000000000000000000000000000900467ffffffffffffffff16826159cd565b15975092955050505050505b94509492505050565b60408051602081018590529081018390526001600160a01b03821660608201525f907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000190608001604051602081830303815290604052805190602001205f1c61099491906159cd565b604080516060810182528481526020810184905267ffffffffffffffff83168183015290517f30983e920000000000000000000000000000000000000000000000000000000081526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906330983e9290612bad90889085906004016159e0565b602060405180830381865afa158015612bc8573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612bec9190615a54565b6122b7576040517f09bde33900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f67ffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016612c59836001615142565b6109b29190615155565b6001820154600483015460038401546001600160a01b03909216915f91612c8991615142565b90505f60647f000000000000000000000000000000000000000000000000000000000000000060ff168760060154612cc19190615155565b612ccb9190615199565b905081811115612cd85750805b60018681018054601090612d0b908490700100000000000000000000000000000000900467ffffffffffffffff16615a73565b92506101000a81548167ffffffffffffffff021916908367ffffffffffffffff160217905550846002015f9054906101000a900467ffffffffffffffff1667ffffffffffffffff16866007015f828254612d6591906151ac565b909155505060018681018054601890612da59084907801000000000000000000000000000000000000000000000000900467ffffffffffffffff166158da565b92506101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055508082612dd791906151ac565b866008015f828254612de99190615142565b9250508190555080866009015f828254612e039190615142565b9091555050600185810180547fffffffffffffffffffffffff00000000000000000000000000000000000000001681556002870180545f60038a018190556004808b018790557fffffffffffffffffffffffffffffffffffffffffffff00000000000000000000909216690700000000000000000017909255878252602090815260408083206001600160a01b03891684529091528120805460ff19169055905460059190612ed590889074010000000000000000000000000000000000000000900467ffffffffffffffff16614229565b815260208082019290925260409081015f9081206001600160a01b03881680835290845290829020805460ff191694151594909417909355600188015490518481527401000000000000000000000000000000000000000090910467ffffffffffffffff169187917fda720d31b138c4ca4c5ed18cacf9e38de9b3ef65e7f10eb40fc7753dd03f2675910160405180910390a46002865460ff166005811115612f8057612f80614ae4565b148015612fcb5750600286015460018701546801000000000000000090910467ffffffffffffffff908116780100000000000000000000000000000000000000000000000090920416115b8015612ff8575085547201000000000000000000000000000000000000900467ffffffffffffffff164211155b1561307657855460ff1916600517865560018601805467ffffffffffffffff421668010000000000000000027fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff90911617905560405184907f4769361a442504ecaf038f35e119bcccdd5e42096b24c09e3c17fd17c6684c02905f90a25b505050505050565b6040516001600160a01b038381166024830152604482018390526130f291859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff838183161783525050505061497d565b505050565b602081013361310682846158fa565b6001600160a01b031614613148576040517f4a0bfec1000000000000000000000000000000000000000000000000000000008152336004820152602401610a44565b61315560208201826153d5565b67ffffffffffffffff161580613182575061010061317660208301836153d5565b67ffffffffffffffff16115b156131e9576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152600560248201527f736c6f74730000000000000000000000000000000000000000000000000000006044820152606401610a44565b6131f660208201826153d5565b67ffffffffffffffff1661321060e0830160c084016153d5565b67ffffffffffffffff1610613281576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152600b60248201527f6d6178536c6f744c6f73730000000000000000000000000000000000000000006044820152606401610a44565b61329160408201602083016153d5565b67ffffffffffffffff165f03613303576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152600860248201527f736c6f7453697a650000000000000000000000000000000000000000000000006044820152606401610a44565b61331360608201604083016153d5565b67ffffffffffffffff16158061336b575067ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001661335f60608301604084016153d5565b67ffffffffffffffff16115b156133d2576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152600860248201527f6475726174696f6e0000000000000000000000000000000000000000000000006044820152606401610a44565b6133e4610140830161012084016153d5565b67ffffffffffffffff16158061342e575061340560608201604083016153d5565b67ffffffffffffffff16613421610140840161012085016153d5565b67ffffffffffffffff1610155b15613495576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152600660248201527f65787069727900000000000000000000000000000000000000000000000000006044820152606401610a44565b67ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166134d060808301606084016153d5565b67ffffffffffffffff161080613528575067ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001661351c60808301606084016153d5565b67ffffffffffffffff16115b1561358f576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152601060248201527f70726f6f6650726f626162696c697479000000000000000000000000000000006044820152606401610a44565b608081013515806135b157506c01000000000000000000000000816080013510155b15613618576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152601560248201527f7072696365506572427974655065725365636f6e6400000000000000000000006044820152606401610a44565b60a0810135158061363a57506c010000000000000000000000008160a0013510155b156136a1576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152601160248201527f636f6c6c61746572616c506572427974650000000000000000000000000000006044820152606401610a44565b5f6136b06101008401846153fc565b6136ba9080615438565b9150508015806136ca5750608081115b15613731576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152600360248201527f63696400000000000000000000000000000000000000000000000000000000006044820152606401610a44565b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000016137606101008501856153fc565b60200135106130f2576040517f3702283800000000000000000000000000000000000000000000000000000000815260206004820152600a60248201527f766572696679526f6f74000000000000000000000000000000000000000000006044820152606401610a44565b6040516001600160a01b038481166024830152838116604483015260648201839052611d4e9186918216906323b872dd906084016130ab565b5f81815260016020526040812090815460ff16600581111561382857613828614ae4565b0361289d576040517f7bbe34c900000000000000000000000000000000000000000000000000000000815260048101839052602401610a44565b60028101545f90819067ffffffffffffffff908116908516106138bd576040517f17bc32db00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff85166004820152602401610a44565b6138c78585614229565b5f8181526002602052604090208054919350915061396a57848155600180820180547fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000067ffffffffffffffff8816021790556002820180547fffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffff1669010000000000000000008302179055505b935093915050565b5f5f61397d84612731565b60028401549091506901000000000000000000900460ff1660018260058111156139a9576139a9614ae4565b03613a055760018160078111156139c2576139c2614ae4565b146139fb57806040517fd7f0e308000000000000000000000000000000000000000000000000000000008152600401610a449190614d72565b5f925050506109b2565b6002826005811115613a1957613a19614ae4565b03613a76576007816007811115613a3257613a32614ae4565b14613a6b57806040517fd7f0e308000000000000000000000000000000000000000000000000000000008152600401610a449190614d72565b6001925050506109b2565b816040517f1d810594000000000000000000000000000000000000000000000000000000008152600401610a449190614b25565b5f82815260046020908152604080832033845290915290205460ff1615613aff576040517f10bf544d000000000000000000000000000000000000000000000000000000008152336004820152602401610a44565b5f81815260056020908152604080832033845290915290205460ff1615613b54576040517f19b8cb5d000000000000000000000000000000000000000000000000000000008152336004820152602401610a44565b5050565b5f60647f000000000000000000000000000000000000000000000000000000000000000060ff168360060154613b8e9190615155565b6109b29190615199565b5f81815260036020526040812080546060929190808303613bbe575091935f9350915050565b5f805b82811015613c635742848281548110613bdc57613bdc615940565b5f9182526020909120015474010000000000000000000000000000000000000000900467ffffffffffffffff161115613c5b57336001600160a01b0316848281548110613c2b57613c2b615940565b5f918252602090912001546001600160a01b031603613c4d5760019450613c5b565b81613c578161599a565b9250505b600101613bc1565b505f81118015613c71575083155b15613ca8576040517f81fdcd7e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8067ffffffffffffffff811115613cc157613cc1615499565b604051908082528060200260200182016040528015613cea578160200160208202803683370190505b5094505f805b83811015613dac575f858281548110613d0b57613d0b615940565b5f9182526020909120018054909150427401000000000000000000000000000000000000000090910467ffffffffffffffff16118015613d55575080546001600160a01b03163314155b15613da35780546001600160a01b03168884613d708161599a565b955081518110613d8257613d82615940565b60200260200101906001600160a01b031690816001600160a01b0316815250505b50600101613cf0565b505f878152600360205260408120613dc391614a7c565b50505050915091565b5f81815260086020526040812080548291829167ffffffffffffffff16808303613e0157505f9350839250829150611a549050565b815468010000000000000000900460401b7fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000166001613e3f8861479d565b919890975067ffffffffffffffff90921610945092505050565b60068401546001840180547fffffffffffffffffffffffff00000000000000000000000000000000000000001633179055600280850180547fffffffffffffffffffffffffffffffffffffffffffffff000000000000000000811667ffffffffffffffff429081169182178455949392917fffffffffffffffffffffffffffffffffffffffffffff0000000000000000000016176901000000000000000000830217905550600385018190555f8481526004602090815260408083203384529091529020805460ff191660019081179091558681018054601090613f5d90849067ffffffffffffffff700100000000000000000000000000000000909104166158da565b92506101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055508167ffffffffffffffff16866007015f828254613fa09190615142565b90915550506001850154604080518381528515156020820152339274010000000000000000000000000000000000000000900467ffffffffffffffff169187917fc212a62354384ab4f827252941f6f8a31432bc233e552f649008d638532c4329910160405180910390a4821561414c576004850154600187015487545f9161404d9167ffffffffffffffff91821691720100000000000000000000000000000000000090910416615a73565b885467ffffffffffffffff9182169161407f918791720100000000000000000000000000000000000090910416615a73565b6140939067ffffffffffffffff1684615155565b61409d9190615199565b600488018190556001898101805492935090916018906140e49084907801000000000000000000000000000000000000000000000000900467ffffffffffffffff16615a73565b92506101000a81548167ffffffffffffffff021916908367ffffffffffffffff16021790555081886009015f82825461411d91906151ac565b9091555061412d905081836151ac565b886008015f82825461413f9190615142565b9091555061307692505050565b6002860154600187015467ffffffffffffffff9182167001000000000000000000000000000000009091049091161061307657855460ff1916600217865560018601805467ffffffffffffffff84167fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000090911617905560405184907fb8bfe4ee9bf646eaec6391ae7bb765f848a10dabf80654cdcd1da215901b6914905f90a2505050505050565b5f5f5f61420085613dcc565b509150915080614214575f92505050611833565b61421f828786612abb565b9695505050505050565b5f828260405160200161425092919091825267ffffffffffffffff16602082015260400190565b60405160208183030381529060405280519060200120905092915050565b5f600560028301546901000000000000000000900460ff16600781111561429757614297614ae4565b036142a4575060056109b2565b5f6142ae84612731565b905060038160058111156142c4576142c4614ae4565b036142d35760069150506109b2565b60058160058111156142e7576142e7614ae4565b036142f65760049150506109b2565b600481600581111561430a5761430a614ae4565b036143195760039150506109b2565b82546143295760019150506109b2565b5050600201546901000000000000000000900460ff16919050565b600481600581111561435857614358614ae4565b1480156143b3575081546143af9067ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000008116917201000000000000000000000000000000000000900416615142565b4211155b156143ed5760026040517f1d810594000000000000000000000000000000000000000000000000000000008152600401610a449190614b25565b600581600581111561440157614401614ae4565b148015614455575060018201546144519067ffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000081169168010000000000000000900416615142565b4211155b15613b545760056040517f1d810594000000000000000000000000000000000000000000000000000000008152600401610a449190614b25565b600782015460018301545f918291700100000000000000000000000000000000900467ffffffffffffffff166144c5868661481c565b6144cf9190615155565b6144d991906151ac565b84600501546144e89190615155565b90508084600a0154856009015486600801546145049190615142565b61450e9190615142565b61099491906151ac565b600182810154600384015485830180546001600160a01b03909316939192601090614562908490700100000000000000000000000000000000900467ffffffffffffffff16615a73565b92506101000a81548167ffffffffffffffff021916908367ffffffffffffffff160217905550836002015f9054906101000a900467ffffffffffffffff1667ffffffffffffffff16856007015f8282546145bc91906151ac565b90915550506001840180547fffffffffffffffffffffffff00000000000000000000000000000000000000001681556002850180545f600388018190557fffffffffffffffffffffffffffffffffffffffffffff00ff00000000000000009091166901000000000000000000179091558481526004602090815260408083206001600160a01b0387168085529252808320805460ff1916905592549251909274010000000000000000000000000000000000000000900467ffffffffffffffff169186917ff186f84f6208b21d0b91c9d5d68111f881618fb65aad9a153e5083a8d7ec04e09190a46122b76001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016838361307e565b5f6146e48585846127ce565b60028501805469050000000000000000007fffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffff9091161790555f600386018190556004860155604051818152909150339084907fae743959155d26834a1eab52f61cf24a69645733bda1f49a220c4bafa88107519060200160405180910390a380156122b7576122b76001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016338361307e565b5f6109b267ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001683615155565b5f82815260026020526040812080548291906147f457505f9150819050614815565b80545f90815260016020526040902061480f908287876128cc565b92509250505b9250929050565b5f600382600581111561483157614831614ae4565b03614856575081546a0100000000000000000000900467ffffffffffffffff166109b2565b600582600581111561486a5761486a614ae4565b036148905750600182015468010000000000000000900467ffffffffffffffff166109b2565b5050547201000000000000000000000000000000000000900467ffffffffffffffff1690565b5f818152600860205260409020805467ffffffffffffffff16156148d8575050565b5f600243116148e7575f6148f4565b6148f26002436151ac565b405b604080514460208083019190915281830184905260608083018890528351808403909101815260808301808552815191909201204267ffffffffffffffff1690841c6801000000000000000002178655439052905191925084917f7533b1b4824739aa6ccaa9fe69ebabf7cd867b3c42f18208b088f10a2ebf51c99181900360a00190a2505050565b5f5f60205f8451602086015f885af18061499c576040513d5f823e3d81fd5b50505f513d915081156149b35780600114156149c0565b6001600160a01b0384163b155b15611d4e576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610a44565b6040805160a080820183525f808352835160e0810185528181526020818101839052948101829052606081018290526080810182905291820181905260c082015290918201908152602001614a696040518060400160405280606081526020015f81525090565b81525f6020820181905260409091015290565b5080545f8255905f5260205f20908101906128c991905b80821115614ac95780547fffffffff00000000000000000000000000000000000000000000000000000000168155600101614a93565b5090565b5f60208284031215614add575f5ffd5b5035919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60068110614b2157614b21614ae4565b9052565b602081016109b28284614b11565b5f6101008284031215614b44575f5ffd5b50919050565b5f5f6101208385031215614b5c575f5ffd5b82359150614b6d8460208501614b33565b90509250929050565b5f5f60408385031215614b87575f5ffd5b50508035926020909101359150565b5f60208284031215614ba6575f5ffd5b813567ffffffffffffffff811115614bbc575f5ffd5b82016101608185031215611833575f5ffd5b67ffffffffffffffff811681146128c9575f5ffd5b803561289d81614bce565b5f5f60408385031215614bff575f5ffd5b823591506020830135614c1181614bce565b809150509250929050565b5f5f5f6101408486031215614c2f575f5ffd5b833592506020840135614c4181614bce565b9150614c508560408601614b33565b90509250925092565b6001600160a01b03811681146128c9575f5ffd5b5f5f60408385031215614c7e575f5ffd5b823591506020830135614c1181614c59565b60088110614b2157614b21614ae4565b5f61010082019050614cb3828451614c90565b6020830151602083015267ffffffffffffffff60408401511660408301526001600160a01b03606084015116606083015267ffffffffffffffff608084015116608083015260a0830151614d0c60a084018260ff169052565b5060c083015160c083015260e083015160e083015292915050565b602080825282518282018190525f918401906040840190835b81811015614d675783516001600160a01b0316835260209384019390920191600101614d40565b509095945050505050565b602081016109b28284614c90565b815167ffffffffffffffff16815261016081016020830151614dae602084018267ffffffffffffffff169052565b506040830151614dca604084018267ffffffffffffffff169052565b506060830151614de6606084018267ffffffffffffffff169052565b506080830151614dfb608084018260ff169052565b5060a0830151614e1060a084018260ff169052565b5060c0830151614e2560c084018260ff169052565b5060e0830151614e3a60e084018260ff169052565b50610100830151614e5161010084018260ff169052565b50610120830151614e6f61012084018267ffffffffffffffff169052565b506101408301516122e561014084018267ffffffffffffffff169052565b5f61012082019050614ea0828451614b11565b67ffffffffffffffff602084015116602083015267ffffffffffffffff60408401511660408301526060830151614ee3606084018267ffffffffffffffff169052565b506080830151614eff608084018267ffffffffffffffff169052565b5060a0830151614f1b60a084018267ffffffffffffffff169052565b5060c0830151614f3760c084018267ffffffffffffffff169052565b5060e0830151614f5360e084018267ffffffffffffffff169052565b506101008301516122e561010084018215159052565b5f81516040845280518060408601528060208301606087015e5f606082870101526020840151602086015260607fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f8301168601019250505092915050565b6001600160a01b0381511682525f602082015167ffffffffffffffff815116602085015267ffffffffffffffff602082015116604085015267ffffffffffffffff604082015116606085015267ffffffffffffffff6060820151166080850152608081015160a085015260a081015160c085015267ffffffffffffffff60c08201511660e085015250604082015161016061010085015261506e610160850182614f69565b9050606083015161508c61012086018267ffffffffffffffff169052565b5060808301516101408501528091505092915050565b604081525f6150b46040830185614fc9565b905067ffffffffffffffff831660208301529392505050565b5f5f5f606084860312156150df575f5ffd5b833592506020840135915060408401356150f881614c59565b809150509250925092565b602081525f6118336020830184614fc9565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b808201808211156109b2576109b2615115565b80820281158282048414176109b2576109b2615115565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f826151a7576151a761516c565b500490565b818103818111156109b2576109b2615115565b60ff81811683821601908111156109b2576109b2615115565b80356151e381614bce565b67ffffffffffffffff16825260208101356151fd81614bce565b67ffffffffffffffff166020830152604081013561521a81614bce565b67ffffffffffffffff16604083015261523560608201614be3565b67ffffffffffffffff1660608301526080818101359083015260a0808201359083015261526460c08201614be3565b67ffffffffffffffff811660c0840152505050565b602081525f823561528981614c59565b6001600160a01b0381166020840152506152a960408301602085016151d8565b6101008301357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc18436030181126152de575f5ffd5b61016061012084015283018035368290037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe101811261531b575f5ffd5b810160208101903567ffffffffffffffff811115615337575f5ffd5b803603821315615345575f5ffd5b6040610180860152806101c086015280826101e08701375f8582016101e0015260208301356101a0860181905291506153816101208701614be3565b67ffffffffffffffff811661014087015292506101409590950135610160850152505050601f919091017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016016101e00190565b5f602082840312156153e5575f5ffd5b813561183381614bce565b5f81356109b281614bce565b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc183360301811261542e575f5ffd5b9190910192915050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe184360301811261546b575f5ffd5b83018035915067ffffffffffffffff821115615485575f5ffd5b602001915036819003821315614815575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b600181811c908216806154da57607f821691505b602082108103614b44577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b601f8211156130f257805f5260205f20601f840160051c810160208510156155365750805b601f840160051c820191505b818110156122b7575f8155600101615542565b81357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1833603018112615586575f5ffd5b8201803567ffffffffffffffff8111801561559f575f5ffd5b8136036020840113156155b0575f5ffd5b5f9050506155c8816155c285546154c6565b85615511565b5f601f8211600181146155fc575f83156155e55750838201602001355b5f19600385901b1c1916600184901b178555615676565b5f858152602081207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08516915b8281101561564b57602085880181013583559485019460019092019101615629565b508482101561566a575f1960f88660031b161c19602085880101351681555b505060018360011b0185555b5050505060209190910135600190910155565b813561569481614c59565b6001600160a01b0381167fffffffffffffffffffffffff0000000000000000000000000000000000000000835416178255506001810160208301356156d881614bce565b81547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff821617825550604083013561571981614bce565b81547fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff1660409190911b6fffffffffffffffff0000000000000000161781556157b0615767606085016153f0565b82547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff1660809190911b77ffffffffffffffff0000000000000000000000000000000016178255565b6158086157bf608085016153f0565b825477ffffffffffffffffffffffffffffffffffffffffffffffff1660c09190911b7fffffffffffffffff00000000000000000000000000000000000000000000000016178255565b5060a0820135600282015560c0820135600382015561586661582c60e084016153f0565b6004830167ffffffffffffffff82167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000008254161781555050565b6158806158776101008401846153fc565b60058301615555565b6158ca61589061012084016153f0565b6007830167ffffffffffffffff82167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000008254161781555050565b6101409190910135600890910155565b67ffffffffffffffff81811683821601908111156109b2576109b2615115565b5f6020828403121561590a575f5ffd5b813561183381614c59565b610120810161592482866151d8565b67ffffffffffffffff9390931660e08201526101000152919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603160045260245ffd5b5f5f1982036159ab576159ab615115565b5060010190565b604081016159c08285614b11565b8260208301529392505050565b5f826159db576159db61516c565b500690565b6101608101604084833760408201604085015f5b6002811015615a1557604082843760409283019291909101906001016159f4565b505050604060c0850160c08401376101008201835f5b6003811015615a4a578151835260209283019290910190600101615a2b565b5050509392505050565b5f60208284031215615a64575f5ffd5b81518015158114611833575f5ffd5b67ffffffffffffffff82811682821603908111156109b2576109b261511556
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x02\xC1W_5`\xE0\x1C\x80cuq\x05y\x11a\x01|W\x80c\xB7\xC1\xB4\xF0\x11a\0\xDDW\x80c\xD4$\xE7\xE0\x11a\0\x93W\x80c\xF7R\x19k\x11a\0nW\x80c\xF7R\x19k\x14a\x08\xB6W\x80c\xFB\x1Ea\xCA\x14a\x08\xE8W\x80c\xFC\x0CTj\x14a\t\x08W__\xFD[\x80c\xD4$\xE7\xE0\x14a\x08\x88W\x80c\xDF<Ag\x14a\x08\x9BW\x80c\xF3\xB8\xBD^\x14a\x08\xA3W__\xFD[\x80c\xBE\\\xDCH\x11a\0\xC3W\x80c\xBE\\\xDCH\x14a\x08YW\x80c\xC0\xCCJ\xDD\x14a\x08lW\x80c\xC0\xF3\xF2\xE9\x14a\x08\x7FW__\xFD[\x80c\xB7\xC1\xB4\xF0\x14a\x083W\x80c\xBB\xBBVO\x14a\x08FW__\xFD[\x80c\xA3o\x12U\x11a\x012W\x80c\xA8-\xA6\r\x11a\x01\x18W\x80c\xA8-\xA6\r\x14a\x08\x01W\x80c\xB3\x96\xDCy\x14a\x08\tW\x80c\xB3\xC1\x90\x18\x14a\x08*W__\xFD[\x80c\xA3o\x12U\x14a\x07\xDBW\x80c\xA3\xA0\x80~\x14a\x07\xEEW__\xFD[\x80c{\xDEQ\xAE\x11a\x01bW\x80c{\xDEQ\xAE\x14a\x07|W\x80c\x82\xD6~Z\x14a\x07\xA8W\x80c\xA2\x9C)\xA4\x14a\x07\xC8W__\xFD[\x80cuq\x05y\x14a\x04\xF8W\x80cyP,U\x14a\x05\x18W__\xFD[\x80c'\x8A<\xAF\x11a\x02&W\x80c_5\x02\x13\x11a\x01\xDCW\x80ck\0\xC8\xCF\x11a\x01\xC2W\x80ck\0\xC8\xCF\x14a\x04\x9AW\x80cn+T\xEE\x14a\x04\xC5W\x80ct\x8D\xE9\x17\x14a\x04\xD8W__\xFD[\x80c_5\x02\x13\x14a\x04gW\x80cc\x17\xE0\x0B\x14a\x04zW__\xFD[\x80c91\x1E\xF4\x11a\x02\x0CW\x80c91\x1E\xF4\x14a\x04\x11W\x80cBeof\x14a\x04$W\x80c[)\xA8N\x14a\x04TW__\xFD[\x80c'\x8A<\xAF\x14a\x03\xAFW\x80c+z\xC3\xF3\x14a\x03\xD2W__\xFD[\x80c\x08i_\xCD\x11a\x02{W\x80c\x12\x82v\x02\x11a\x02aW\x80c\x12\x82v\x02\x14a\x03bW\x80c%\xC2\xCD\x12\x14a\x03uW\x80c'aN\xC4\x14a\x03\x9CW__\xFD[\x80c\x08i_\xCD\x14a\x03<W\x80c\r(:\x82\x14a\x03OW__\xFD[\x80c\x05\xB9\x07s\x11a\x02\xABW\x80c\x05\xB9\x07s\x14a\x02\xFFW\x80c\x06\x04\x06\x18\x14a\x03\x1FW\x80c\x06\x8E\xDC\xDA\x14a\x03'W__\xFD[\x80b\xF7E\x88\x14a\x02\xC5W\x80c\x01\xC1\x1D\x96\x14a\x02\xEBW[__\xFD[a\x02\xD8a\x02\xD36`\x04aJ\xCDV[a\t/V[`@Q\x90\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x02\xD8l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x81V[a\x03\x12a\x03\r6`\x04aJ\xCDV[a\t\x9CV[`@Qa\x02\xE2\x91\x90aK%V[a\x02\xD8a\t\xB8V[a\x03:a\x0356`\x04aKJV[a\t\xC6V[\0[a\x03:a\x03J6`\x04aKvV[a\x0B`V[a\x02\xD8a\x03]6`\x04aK\x96V[a\x0FxV[a\x03:a\x03p6`\x04aK\xEEV[a\x14\x0CV[a\x02\xD8\x7F0dNr\xE11\xA0)\xB8PE\xB6\x81\x81X](3\xE8Hy\xB9p\x91C\xE1\xF5\x93\xF0\0\0\x01\x81V[a\x02\xD8a\x03\xAA6`\x04aJ\xCDV[a\x18\x01V[a\x03\xC2a\x03\xBD6`\x04aKvV[a\x18\x0BV[`@Q\x90\x15\x15\x81R` \x01a\x02\xE2V[a\x03\xF9\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x02\xE2V[a\x03:a\x04\x1F6`\x04aL\x1CV[a\x18:V[a\x047a\x0426`\x04aJ\xCDV[a\x1AAV[`@\x80Q\x93\x84R\x91\x15\x15` \x84\x01R\x15\x15\x90\x82\x01R``\x01a\x02\xE2V[a\x02\xD8a\x04b6`\x04aLmV[a\x1A[V[a\x02\xD8a\x04u6`\x04aK\xEEV[a\x1AnV[a\x04\x8Da\x04\x886`\x04aJ\xCDV[a\x1AyV[`@Qa\x02\xE2\x91\x90aL\xA0V[a\x03\xF9a\x04\xA86`\x04aJ\xCDV[_\x90\x81R`\x02` R`@\x90 `\x01\x01T`\x01`\x01`\xA0\x1B\x03\x16\x90V[a\x03:a\x04\xD36`\x04aJ\xCDV[a\x1B\x85V[a\x04\xEBa\x04\xE66`\x04aJ\xCDV[a\x1DTV[`@Qa\x02\xE2\x91\x90aM'V[a\x05\x0Ba\x05\x066`\x04aK\xEEV[a\x1E\xD8V[`@Qa\x02\xE2\x91\x90aMrV[a\x07o`@\x80Qa\x01`\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90Ra\x01 \x81\x01\x82\x90Ra\x01@\x81\x01\x91\x90\x91R`@Q\x80a\x01`\x01`@R\x80\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81RP\x90P\x90V[`@Qa\x02\xE2\x91\x90aM\x80V[a\x07\x8Fa\x07\x8A6`\x04aLmV[a\x1FKV[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\xE2V[a\x07\xBBa\x07\xB66`\x04aJ\xCDV[a =V[`@Qa\x02\xE2\x91\x90aN\x8DV[a\x03:a\x07\xD66`\x04aJ\xCDV[a!zV[a\x02\xD8a\x07\xE96`\x04aJ\xCDV[a\"\xBEV[a\x03\xC2a\x07\xFC6`\x04aJ\xCDV[a\"\xC8V[a\x02\xD8`\x80\x81V[a\x08\x1Ca\x08\x176`\x04aJ\xCDV[a\"\xECV[`@Qa\x02\xE2\x92\x91\x90aP\xA2V[a\x02\xD8azi\x81V[a\x02\xD8a\x08A6`\x04aJ\xCDV[a$\xBEV[a\x02\xD8a\x08T6`\x04aJ\xCDV[a%\x13V[a\x05\x0Ba\x08g6`\x04aJ\xCDV[a%%V[a\x03\xC2a\x08z6`\x04aJ\xCDV[a%YV[a\x07\x8Fa\x01\0\x81V[a\x02\xD8a\x08\x966`\x04aP\xCDV[a%fV[a\x03:a%rV[a\x03\xC2a\x08\xB16`\x04aKvV[a%|V[a\x02\xD8a\x08\xC46`\x04aJ\xCDV[_\x90\x81R`\x02` \x81\x90R`@\x90\x91 \x01Th\x01\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x90V[a\x08\xFBa\x08\xF66`\x04aJ\xCDV[a%\x8FV[`@Qa\x02\xE2\x91\x90aQ\x03V[a\x03\xF9\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[_\x81\x81R`\x02` \x81\x90R`@\x82 \x90`\x02\x82\x01Ti\x01\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x07\x81\x11\x15a\teWa\teaJ\xE4V[\x14a\trWP_\x92\x91PPV[\x80T_\x90\x81R`\x01` R`@\x90 a\t\x94\x81\x83a\t\x8F\x82a'1V[a'\xCEV[\x94\x93PPPPV[_\x81\x81R`\x01` R`@\x81 a\t\xB2\x90a'1V[\x92\x91PPV[_a\t\xC1a( V[\x90P\x90V[_a\t\xD0\x83a(UV[\x80T_\x90\x81R`\x01` R`@\x90 \x90\x91Pa\t\xEAa(\xA2V[_a\t\xF3a( V[\x90P__a\n\x03\x84\x86\x89\x86a(\xCCV[\x91P\x91P\x81a\nMW`@Q\x7F@\x8D\xF0\x19\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x88\x90R`$\x81\x01\x84\x90R`D\x01[`@Q\x80\x91\x03\x90\xFD[_\x87\x81R`\x06` \x90\x81R`@\x80\x83 `\x08\x87\x90\x1C\x84R\x90\x91R\x90 T`\xFF\x84\x16\x1C`\x01\x16\x15a\n\xB3W`@Q\x7F\xB1wp\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x88\x90R`$\x81\x01\x84\x90R`D\x01a\nDV[`\x01\x85\x01Ta\x0B\x05\x90\x87\x90a\n\xD4\x90\x84\x90\x8B\x90`\x01`\x01`\xA0\x1B\x03\x16a*\xBBV[`\x04\x87\x01T`\x01\x89\x01Tt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a+$V[_\x87\x81R`\x06` \x90\x81R`@\x80\x83 `\x08\x87\x90\x1C\x84R\x90\x91R\x80\x82 \x80T`\x01`\xFF\x88\x16\x1B\x17\x90UQ\x84\x91\x89\x91\x7F<\x0E\x85\xAC\xF4R\xE8g\xEE\t\xC9\x15\x1D,\xF4_\xE6\xD6\xA7)'\x13G\xE8\x9A\x9Ak\x91\xB0\x81\xF3\x1D\x91\x90\xA3PPPPPPPV[_a\x0Bj\x83a(UV[\x80T_\x90\x81R`\x01` R`@\x90 \x90\x91Pa\x0B\x84a( V[\x83\x10a\x0B\xBFW`@Q\x7F\x83\\\xDA)\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\nDV[_a\x0B\xC9\x84a,\"V[\x90Pa\x0B\xFFg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x82aQBV[B\x10a\x0C:W`@Q\x7F{<2\x94\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x85\x90R`$\x01a\nDV[a\x0CBa(\xA2V[_a\x0CO\x83\x85\x88\x88a(\xCCV[P\x90P\x80a\x0C\x93W`@Q\x7F@\x8D\xF0\x19\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x87\x90R`$\x81\x01\x86\x90R`D\x01a\nDV[_\x86\x81R`\x06` \x90\x81R`@\x80\x83 `\x08\x89\x90\x1C\x84R\x90\x91R\x90 T`\xFF\x86\x16\x1C`\x01\x16\x15a\x0C\xF9W`@Q\x7F\xB1wp\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x87\x90R`$\x81\x01\x86\x90R`D\x01a\nDV[_\x86\x81R`\x07` \x90\x81R`@\x80\x83 \x88\x84R\x90\x91R\x90 T`\xFF\x16\x15a\rVW`@Q\x7F\xDC\xA2\x1B\xA0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x87\x90R`$\x81\x01\x86\x90R`D\x01a\nDV[_\x86\x81R`\x07` \x90\x81R`@\x80\x83 \x88\x84R\x90\x91R\x81 \x80T`\xFF\x19\x16`\x01\x17\x90U`\x06\x84\x01T`d\x90a\r\xAF\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16\x90aQUV[a\r\xB9\x91\x90aQ\x99V[\x90P\x84`\x03\x01T\x81\x11\x15a\r\xCEWP`\x03\x84\x01T[_`da\r\xFE`\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x84aQUV[a\x0E\x08\x91\x90aQ\x99V[`\x01\x87\x01T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x163\x03a\x0E\"WP_[\x81\x86`\x03\x01_\x82\x82Ta\x0E5\x91\x90aQ\xACV[\x90\x91UPa\x0EE\x90P\x81\x83aQ\xACV[\x85`\x08\x01_\x82\x82Ta\x0EW\x91\x90aQBV[\x90\x91UPP`\x02\x86\x01\x80T`\x01\x91\x90`\x08\x90a\x0E\x83\x90\x84\x90h\x01\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16aQ\xBFV[\x92Pa\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83`\xFF\x16\x02\x17\x90UP3`\x01`\x01`\xA0\x1B\x03\x16\x87\x89\x7F\xE4\xC2\xA9\x9A\xEB\x10\x16?*\xD5$\xAA\x1F2\x85\xDF\x1A\xE8\xBAv\xC5v\xBF\xC1C\x93\x05\xC9\x9D\xCF\xA4\xCD\x85\x85`@Qa\x0E\xE1\x92\x91\x90\x91\x82R` \x82\x01R`@\x01\x90V[`@Q\x80\x91\x03\x90\xA4`\x02\x86\x01T`\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16h\x01\0\0\0\0\0\0\0\0\x90\x92\x04\x16\x10a\x0F4Wa\x0F4\x85\x87\x88_\x01Ta,cV[\x80\x15a\x0FnWa\x0Fn`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x83a0~V[PPPPPPPPV[_a\x0F\x82\x82a0\xF7V[\x81`@Q` \x01a\x0F\x93\x91\x90aRyV[`@\x80Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x81\x84\x03\x01\x81R\x91\x81R\x81Q` \x92\x83\x01 _\x81\x81R`\x01\x90\x93R\x90\x82 \x90\x92P\x90\x81T`\xFF\x16`\x05\x81\x11\x15a\x0F\xEFWa\x0F\xEFaJ\xE4V[\x14a\x10)W`@Q\x7F\xA4\xA9\x9Ca\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\nDV[a\x101a(\xA2V[` \x83\x01_`\xA0\x85\x015a\x10K``\x87\x01`@\x88\x01aS\xD5V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x10_\x91\x90aQUV[\x90P_a\x10o` \x84\x01\x84aS\xD5V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x10\x89``\x85\x01`@\x86\x01aS\xD5V[a\x10\x9D\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x84aQUV[a\x10\xA7\x91\x90aQUV[_\x86\x81R` \x81\x90R`@\x90 \x90\x91PB\x90\x87\x90a\x10\xC5\x82\x82aV\x89V[PP\x84Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16b\x01\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\0\x90\x91\x16\x17`\x01\x17\x85Ua\x11\x15a\x01@\x88\x01a\x01 \x89\x01aS\xD5V[a\x11\x1F\x90\x82aX\xDAV[\x85Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16j\x01\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17\x85Ua\x11r``\x85\x01`@\x86\x01aS\xD5V[a\x11|\x90\x82aX\xDAV[\x85Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16r\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17\x85Ua\x11\xD4` \x85\x01\x85aS\xD5V[`\x02\x86\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90Ua\x12\x1F`\xE0\x85\x01`\xC0\x86\x01aS\xD5V[`\x02\x86\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90Ua\x12w`\x80\x85\x01``\x86\x01aS\xD5V[`\x02\x86\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90Ua\x12\xD4` \x88\x01\x88aX\xFAV[`\x03\x86\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90Ua\x13\x1Ca\x01\0\x88\x01\x88aS\xFCV[` \x90\x81\x015`\x04\x87\x01U`\x05\x86\x01\x84\x90U`\xA0\x85\x015\x90a\x13D\x90`@\x87\x01\x90\x87\x01aS\xD5V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x13X\x91\x90aQUV[`\x06\x86\x01U`\x08\x85\x01\x82\x90Ua\x13q` \x88\x01\x88aX\xFAV[`\x01`\x01`\xA0\x1B\x03\x16\x86\x7F\xA0\xF8\xD3T\xE6\xA8\x97\xB2\x9D\xE3\xFF\xA6\xD4a\x1B@\xE0^\x02\xBE^W\x8D\xF7,BxCt`\x80H\x86\x88_\x01`\n\x90T\x90a\x01\0\n\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x86`@Qa\x13\xC5\x93\x92\x91\x90aY\x15V[`@Q\x80\x91\x03\x90\xA3a\x14\x02`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x1630\x85a7\xCBV[PPPPP\x91\x90PV[_a\x14\x16\x83a8\x04V[\x90P__a\x14%\x85\x85\x85a8bV[\x91P\x91Pa\x143\x83\x82a9rV[Pa\x14>\x85\x83a:\xAAV[_\x82\x81R`\x03` R`@\x81 \x90[\x81T\x81\x10\x15a\x160WB\x82\x82\x81T\x81\x10a\x14iWa\x14iaY@V[_\x91\x82R` \x90\x91 \x01Tt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11a\x15\xB7W\x81T\x82\x90a\x14\xAB\x90`\x01\x90aQ\xACV[\x81T\x81\x10a\x14\xBBWa\x14\xBBaY@V[\x90_R` _ \x01\x82\x82\x81T\x81\x10a\x14\xD5Wa\x14\xD5aY@V[_\x91\x82R` \x90\x91 \x82T\x91\x01\x80T`\x01`\x01`\xA0\x1B\x03\x90\x92\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x16\x81\x17\x82U\x92T\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x16\x90\x92\x17t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x82\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x91\x02\x17\x90U\x81T\x82\x90\x80a\x15zWa\x15zaYmV[_\x82\x81R` \x90 \x81\x01_\x19\x90\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90U\x01\x90Ua\x14MV[3`\x01`\x01`\xA0\x1B\x03\x16\x82\x82\x81T\x81\x10a\x15\xD3Wa\x15\xD3aY@V[_\x91\x82R` \x90\x91 \x01T`\x01`\x01`\xA0\x1B\x03\x16\x03a\x16\x1EW`@Q\x7F\x87\xB3J\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80a\x16(\x81aY\x9AV[\x91PPa\x14MV[\x81T`\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x11a\x16\x8DW`@Q\x7Fg-\xCA\x15\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x16\x95a(\xA2V[_a\x16\xC0\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0BaX\xDAV[`@\x80Q\x80\x82\x01\x90\x91R3\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x83\x16` \x80\x84\x01\x91\x82R\x87T`\x01\x81\x01\x89U_\x89\x81R\x91\x82 \x94Q\x94\x01\x80T\x92Q\x90\x93\x16t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x16`\x01`\x01`\xA0\x1B\x03\x94\x90\x94\x16\x93\x90\x93\x17\x17\x90U\x90\x91Pa\x17U\x87a;XV[\x90P\x80\x87`\n\x01_\x82\x82Ta\x17j\x91\x90aQBV[\x90\x91UPP`@\x80Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x81\x16\x82R` \x82\x01\x84\x90R3\x92\x90\x8B\x16\x91\x8C\x91\x7F\xF7\xF2:\x9D\x1E\x8A\xE6\xCF^%\x14\xAB\xBC\xF9zL\xFF\xBA\x18X|\x85\xB9$\x84%\xD5\x10Z0\x1B\x9B\x91\x01`@Q\x80\x91\x03\x90\xA4\x80\x15a\x17\xF6Wa\x17\xF6`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x1630\x84a7\xCBV[PPPPPPPPPV[_a\t\xB2\x82a,\"V[_\x82\x81R`\x06` \x90\x81R`@\x80\x83 `\x08\x85\x90\x1C\x84R\x90\x91R\x81 T`\xFF\x83\x16\x1C`\x01\x16\x15\x15[\x93\x92PPPV[_a\x18D\x84a8\x04V[\x90P__a\x18S\x86\x86\x85a8bV[\x91P\x91P_a\x18b\x84\x83a9rV[\x90Pa\x18n\x87\x84a:\xAAV[__a\x18y\x85a;\x98V[\x91P\x91Pa\x18\x85a(\xA2V[_a\x18\x8Ea( V[\x90P__a\x18\x9B\x83a=\xCCV[P\x91P\x91P\x80a\x18\xDAW`@Q\x7F\xC7#M\xB2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\nDV[a\x18\xF4\x8Aa\x18\xE9\x84\x8B3a*\xBBV[\x8B`\x04\x01T\x8Ea+$V[_\x88\x81R`\x06` \x90\x81R`@\x80\x83 `\x08\x87\x90\x1C\x84R\x90\x91R\x90 \x80T`\x01`\xFF\x86\x16\x1B\x17\x90Ua\x19(\x89\x88\x8E\x89a>YV[_a\x192\x8Aa;XV[`\x06\x8B\x01T\x90\x91P\x85\x15a\x19MWa\x19J\x82\x82aQ\xACV[\x90P[\x85a\x19XW_a\x19[V[`\x01[`\xFF\x16\x87Qa\x19j\x91\x90aQBV[a\x19t\x90\x83aQUV[\x8B`\n\x01_\x82\x82Ta\x19\x86\x91\x90aQ\xACV[\x90\x91UPP\x80\x15a\x19\xC6Wa\x19\xC6`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x1630\x84a7\xCBV[_[\x87Q\x81\x10\x15a\x1A0Wa\x1A(\x88\x82\x81Q\x81\x10a\x19\xE6Wa\x19\xE6aY@V[` \x02` \x01\x01Q\x84\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16a0~\x90\x92\x91\x90c\xFF\xFF\xFF\xFF\x16V[`\x01\x01a\x19\xC8V[PPPPPPPPPPPPPPPV[___a\x1AM\x84a=\xCCV[\x92P\x92P\x92P[\x91\x93\x90\x92PV[_a\x183\x83a\x1Aha( V[\x84aA\xF4V[_a\x183\x83\x83aB)V[`@\x80Qa\x01\0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90R\x90a\x1A\xC2\x83a(UV[\x90P`@Q\x80a\x01\0\x01`@R\x80a\x1A\xED`\x01_\x85_\x01T\x81R` \x01\x90\x81R` \x01_ \x84aBnV[`\x07\x81\x11\x15a\x1A\xFEWa\x1A\xFEaJ\xE4V[\x81R\x82T` \x82\x01R`\x01\x83\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16`@\x84\x01R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16``\x83\x01R`\x02\x84\x01T\x90\x81\x16`\x80\x83\x01R`\xFFh\x01\0\0\0\0\0\0\0\0\x90\x91\x04\x16`\xA0\x82\x01R`\x03\x83\x01T`\xC0\x82\x01R`\x04\x90\x92\x01T`\xE0\x90\x92\x01\x91\x90\x91R\x92\x91PPV[_a\x1B\x8F\x82a8\x04V[`\x03\x81\x01T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x163\x14a\x1B\xDAW`@Q\x7FJ\x0B\xFE\xC1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x01a\nDV[_a\x1B\xE4\x82a'1V[\x90P`\x01\x81`\x05\x81\x11\x15a\x1B\xFAWa\x1B\xFAaJ\xE4V[\x14\x80a\x1C\x17WP`\x02\x81`\x05\x81\x11\x15a\x1C\x15Wa\x1C\x15aJ\xE4V[\x14[\x15a\x1CPW\x80`@Q\x7F\x1D\x81\x05\x94\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\nD\x91\x90aK%V[a\x1CZ\x82\x82aCDV[\x81Ta\x01\0\x90\x04`\xFF\x16\x15a\x1C\x9EW`@Q\x7F\xC4\xE4\xC7\xD9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\nDV[_a\x1C\xA9\x83\x83aD\x8FV[\x83T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\x16a\x01\0\x17\x84U`@Q\x90\x91P3\x90\x85\x90\x7F\x15<,\xD6\xCE)\x1A\x06\x15Qo\xAE\x8E\xBBD}}5\x84\x91\xEE\xEF\xE5O\xDF\x18M\x05c\x7FTC\x90a\x1D\x0C\x90\x86\x90\x86\x90aY\xB2V[`@Q\x80\x91\x03\x90\xA3\x80\x15a\x1DNWa\x1DN`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x83a0~V[PPPPV[_\x81\x81R`\x03` R`@\x81 ``\x91\x80[\x82T\x81\x10\x15a\x1D\xCBWB\x83\x82\x81T\x81\x10a\x1D\x82Wa\x1D\x82aY@V[_\x91\x82R` \x90\x91 \x01Tt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a\x1D\xC3W\x81a\x1D\xBF\x81aY\x9AV[\x92PP[`\x01\x01a\x1DfV[P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1D\xE5Wa\x1D\xE5aT\x99V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x1E\x0EW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x92P_\x80[\x83T\x81\x10\x15a\x1E\xCFWB\x84\x82\x81T\x81\x10a\x1E0Wa\x1E0aY@V[_\x91\x82R` \x90\x91 \x01Tt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a\x1E\xC7W\x83\x81\x81T\x81\x10a\x1EuWa\x1EuaY@V[_\x91\x82R` \x90\x91 \x01T`\x01`\x01`\xA0\x1B\x03\x16\x85\x83a\x1E\x94\x81aY\x9AV[\x94P\x81Q\x81\x10a\x1E\xA6Wa\x1E\xA6aY@V[` \x02` \x01\x01\x90`\x01`\x01`\xA0\x1B\x03\x16\x90\x81`\x01`\x01`\xA0\x1B\x03\x16\x81RPP[`\x01\x01a\x1E\x14V[PPPP\x91\x90PV[_\x82\x81R`\x01` R`@\x81 \x81\x81T`\xFF\x16`\x05\x81\x11\x15a\x1E\xFCWa\x1E\xFCaJ\xE4V[\x14\x80a\x1F\x1AWP`\x02\x81\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x84\x16\x10\x15[\x15a\x1F(W_\x91PPa\t\xB2V[a\t\x94\x81`\x02_a\x1F9\x88\x88aB)V[\x81R` \x01\x90\x81R` \x01_ aBnV[_\x82\x81R`\x03` R`@\x81 \x81[\x81T\x81\x10\x15a 3W\x83`\x01`\x01`\xA0\x1B\x03\x16\x82\x82\x81T\x81\x10a\x1F\x7FWa\x1F\x7FaY@V[_\x91\x82R` \x90\x91 \x01T`\x01`\x01`\xA0\x1B\x03\x16\x14\x80\x15a\x1F\xDDWPB\x82\x82\x81T\x81\x10a\x1F\xAEWa\x1F\xAEaY@V[_\x91\x82R` \x90\x91 \x01Tt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11[\x15a +W\x81\x81\x81T\x81\x10a\x1F\xF4Wa\x1F\xF4aY@V[_\x91\x82R` \x90\x91 \x01Tt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x92Pa\t\xB2\x91PPV[`\x01\x01a\x1FZV[P_\x94\x93PPPPV[`@\x80Qa\x01 \x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90R\x90a \x8E\x83a8\x04V[\x90P`@Q\x80a\x01 \x01`@R\x80a \xA5\x83a'1V[`\x05\x81\x11\x15a \xB6Wa \xB6aJ\xE4V[\x81R\x82Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFb\x01\0\0\x82\x04\x81\x16` \x84\x01Rj\x01\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16`@\x84\x01Rr\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16``\x84\x01R`\x01\x90\x94\x01T\x80\x85\x16`\x80\x84\x01Rh\x01\0\0\0\0\0\0\0\0\x81\x04\x85\x16`\xA0\x84\x01Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04\x85\x16`\xC0\x84\x01Rx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x90\x93\x16`\xE0\x82\x01R`\xFFa\x01\0\x93\x84\x90\x04\x16\x15\x15\x92\x01\x91\x90\x91R\x92\x91PPV[_a!\x84\x82a(UV[`\x01\x81\x01T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x163\x14a!\xCFW`@Q\x7FJ\x0B\xFE\xC1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x01a\nDV[\x80T_\x81\x81R`\x01` R`@\x81 \x90a!\xE8\x82a'1V[\x90P`\x01\x81`\x05\x81\x11\x15a!\xFEWa!\xFEaJ\xE4V[\x03a\"\x13Wa\"\x0E\x82\x85\x85aE\x18V[a\"\xB7V[`\x02\x81`\x05\x81\x11\x15a\"'Wa\"'aJ\xE4V[\x03a\"?Wa\"4a(\xA2V[a\"\x0E\x82\x85\x85a,cV[`\x05`\x02\x85\x01Ti\x01\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x07\x81\x11\x15a\"gWa\"gaJ\xE4V[\x03a\"\xA1W`\x05`@Q\x7F\xD7\xF0\xE3\x08\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\nD\x91\x90aMrV[a\"\xAB\x82\x82aCDV[a\"\xB7\x82\x85\x87\x84aF\xD8V[PPPPPV[_a\t\xB2\x82aG\x9DV[_a\"\xE5\x82a\"\xD5a( V[a\"\xE0\x90`\x01aQBV[aG\xD2V[P\x92\x91PPV[a\"\xF4aJ\x02V[__a\"\xFF\x84a(UV[\x80T_\x90\x81R` \x81\x81R`@\x91\x82\x90 `\x01\x80\x85\x01T\x84Q`\xA0\x80\x82\x01\x87R\x84T`\x01`\x01`\xA0\x1B\x03\x16\x82R\x86Q`\xE0\x81\x01\x88R\x93\x85\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x86Rh\x01\0\0\0\0\0\0\0\0\x82\x04\x81\x16\x86\x89\x01Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16\x86\x8A\x01Rx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x81\x16``\x86\x01R`\x02\x86\x01T`\x80\x86\x01R`\x03\x86\x01T\x91\x85\x01\x91\x90\x91R`\x04\x85\x01T\x81\x16`\xC0\x85\x01R\x94\x81\x01\x92\x90\x92R\x84Q\x80\x86\x01\x86R`\x05\x84\x01\x80T\x97\x98P\x93\x96t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04\x90\x94\x16\x94\x91\x93\x86\x93\x92\x85\x01\x92\x90\x91\x82\x90\x82\x90a$\x05\x90aT\xC6V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta$1\x90aT\xC6V[\x80\x15a$|W\x80`\x1F\x10a$SWa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a$|V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a$_W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPP\x91\x83RPP`\x01\x91\x90\x91\x01T` \x91\x82\x01R\x90\x82R`\x07\x83\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x82\x01R`\x08\x90\x91\x01T`@\x90\x91\x01R\x96\x90\x95P\x93PPPPV[_\x81\x81R`\x01` R`@\x81 \x81\x81T`\xFF\x16`\x05\x81\x11\x15a$\xE2Wa$\xE2aJ\xE4V[\x14\x80a$\xF4WP\x80Ta\x01\0\x90\x04`\xFF\x16[\x15a%\x01WP_\x92\x91PPV[a\x183\x81a%\x0E\x83a'1V[aD\x8FV[_a\t\xB2a% \x83a8\x04V[a;XV[_\x81\x81R`\x02` R`@\x81 \x80Ta%@WP_\x92\x91PPV[\x80T_\x90\x81R`\x01` R`@\x90 a\x183\x90\x82aBnV[_a\"\xE5\x82a\"\xE0a( V[_a\t\x94\x84\x84\x84aA\xF4V[a%za(\xA2V[V[_a%\x87\x83\x83aG\xD2V[P\x93\x92PPPV[a%\x97aJ\x02V[a%\xA0\x82a8\x04V[P_\x82\x81R` \x81\x81R`@\x91\x82\x90 \x82Q`\xA0\x80\x82\x01\x85R\x82T`\x01`\x01`\xA0\x1B\x03\x16\x82R\x84Q`\xE0\x81\x01\x86R`\x01\x84\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x83Rh\x01\0\0\0\0\0\0\0\0\x82\x04\x81\x16\x83\x88\x01Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16\x83\x89\x01Rx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x81\x16``\x83\x01R`\x02\x85\x01T`\x80\x83\x01R`\x03\x85\x01T\x92\x82\x01\x92\x90\x92R`\x04\x84\x01T\x90\x91\x16`\xC0\x82\x01R\x92\x81\x01\x92\x90\x92R\x82Q\x80\x84\x01\x84R`\x05\x82\x01\x80T\x93\x94\x92\x93\x92\x85\x01\x92\x82\x90\x82\x90a&}\x90aT\xC6V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta&\xA9\x90aT\xC6V[\x80\x15a&\xF4W\x80`\x1F\x10a&\xCBWa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a&\xF4V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a&\xD7W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPP\x91\x83RPP`\x01\x91\x90\x91\x01T` \x91\x82\x01R\x90\x82R`\x07\x83\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x82\x01R`\x08\x90\x91\x01T`@\x90\x91\x01R\x92\x91PPV[\x80T_\x90`\xFF\x16`\x01\x81`\x05\x81\x11\x15a'LWa'LaJ\xE4V[\x14\x80\x15a'qWP\x82Tj\x01\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x11[\x15a'\x7FWP`\x03\x92\x91PPV[`\x02\x81`\x05\x81\x11\x15a'\x93Wa'\x93aJ\xE4V[\x14\x80\x15a'\xC0WP\x82Tr\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x11[\x15a\t\xB2WP`\x04\x92\x91PPV[`\x02\x82\x01T_\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a'\xE9\x85\x84aH\x1CV[a'\xF3\x91\x90aQ\xACV[\x84`\x05\x01Ta(\x02\x91\x90aQUV[\x83`\x04\x01T\x84`\x03\x01Ta(\x16\x91\x90aQBV[a\t\x94\x91\x90aQBV[_a\t\xC1g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16BaQ\x99V[_\x81\x81R`\x02` R`@\x90 \x80Ta(\x9DW`@Q\x7F\xB2m\xBC/\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\nDV[\x91\x90PV[_a(\xABa( V[\x90Pa(\xB6\x81aH\xB6V[a(\xC9a(\xC4\x82`\x01aQBV[aH\xB6V[PV[_\x80`\x02\x80\x86\x01Ti\x01\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x07\x81\x11\x15a(\xF5Wa(\xF5aJ\xE4V[\x14a)\x04WP_\x90P\x80a*\xB2V[\x85T`\xFF\x16`\x02\x81`\x05\x81\x11\x15a)\x1DWa)\x1DaJ\xE4V[\x14\x15\x80\x15a)kWP`\x05\x81`\x05\x81\x11\x15a):Wa):aJ\xE4V[\x14\x80\x15a)iWP`\x01\x87\x01Th\x01\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a)f\x85a,\"V[\x11\x15[\x15[\x15a)|WP_\x91P\x81\x90Pa*\xB2V[a)\x84a( V[a)\x8F\x90`\x01aQBV[\x84\x11\x15a)\xA2WP_\x91P\x81\x90Pa*\xB2V[_a)\xAC\x85aG\x9DV[`\x01\x89\x01T\x90\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81\x10\x80a)\xD8WP`\x02\x87\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81\x10[\x80a*\x0BWP\x87Tr\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a*\t\x86a,\"V[\x11[\x15a*\x1EWP_\x92P\x82\x91Pa*\xB2\x90PV[___a**\x88a=\xCCV[\x92P\x92P\x92P\x81\x15\x80a*;WP\x80\x15[\x15a*QWP_\x95P\x85\x94Pa*\xB2\x93PPPPV[`@\x80Q` \x80\x82\x01\x86\x90R\x81\x83\x01\x8C\x90R\x82Q\x80\x83\x03\x84\x01\x81R``\x90\x92\x01\x90\x92R\x80Q\x91\x01 `\x02\x8C\x01Ta*\xA6\x90p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82aY\xCDV[\x15\x97P\x92\x95PPPPPP[\x94P\x94\x92PPPV[`@\x80Q` \x81\x01\x85\x90R\x90\x81\x01\x83\x90R`\x01`\x01`\xA0\x1B\x03\x82\x16``\x82\x01R_\x90\x7F0dNr\xE11\xA0)\xB8PE\xB6\x81\x81X](3\xE8Hy\xB9p\x91C\xE1\xF5\x93\xF0\0\0\x01\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 _\x1Ca\t\x94\x91\x90aY\xCDV[`@\x80Q``\x81\x01\x82R\x84\x81R` \x81\x01\x84\x90Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x81\x83\x01R\x90Q\x7F0\x98>\x92\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c0\x98>\x92\x90a+\xAD\x90\x88\x90\x85\x90`\x04\x01aY\xE0V[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a+\xC8W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a+\xEC\x91\x90aZTV[a\"\xB7W`@Q\x7F\t\xBD\xE39\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a,Y\x83`\x01aQBV[a\t\xB2\x91\x90aQUV[`\x01\x82\x01T`\x04\x83\x01T`\x03\x84\x01T`\x01`\x01`\xA0\x1B\x03\x90\x92\x16\x91_\x91a,\x89\x91aQBV[\x90P_`d\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16\x87`\x06\x01Ta,\xC1\x91\x90aQUV[a,\xCB\x91\x90aQ\x99V[\x90P\x81\x81\x11\x15a,\xD8WP\x80[`\x01\x86\x81\x01\x80T`\x10\x90a-\x0B\x90\x84\x90p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aZsV[\x92Pa\x01\0\n\x81T\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x84`\x02\x01_\x90T\x90a\x01\0\n\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x86`\x07\x01_\x82\x82Ta-e\x91\x90aQ\xACV[\x90\x91UPP`\x01\x86\x81\x01\x80T`\x18\x90a-\xA5\x90\x84\x90x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aX\xDAV[\x92Pa\x01\0\n\x81T\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x80\x82a-\xD7\x91\x90aQ\xACV[\x86`\x08\x01_\x82\x82Ta-\xE9\x91\x90aQBV[\x92PP\x81\x90UP\x80\x86`\t\x01_\x82\x82Ta.\x03\x91\x90aQBV[\x90\x91UPP`\x01\x85\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81U`\x02\x87\x01\x80T_`\x03\x8A\x01\x81\x90U`\x04\x80\x8B\x01\x87\x90U\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\x90\x92\x16i\x07\0\0\0\0\0\0\0\0\0\x17\x90\x92U\x87\x82R` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x89\x16\x84R\x90\x91R\x81 \x80T`\xFF\x19\x16\x90U\x90T`\x05\x91\x90a.\xD5\x90\x88\x90t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aB)V[\x81R` \x80\x82\x01\x92\x90\x92R`@\x90\x81\x01_\x90\x81 `\x01`\x01`\xA0\x1B\x03\x88\x16\x80\x83R\x90\x84R\x90\x82\x90 \x80T`\xFF\x19\x16\x94\x15\x15\x94\x90\x94\x17\x90\x93U`\x01\x88\x01T\x90Q\x84\x81Rt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x87\x91\x7F\xDAr\r1\xB18\xC4\xCAL^\xD1\x8C\xAC\xF9\xE3\x8D\xE9\xB3\xEFe\xE7\xF1\x0E\xB4\x0F\xC7u=\xD0?&u\x91\x01`@Q\x80\x91\x03\x90\xA4`\x02\x86T`\xFF\x16`\x05\x81\x11\x15a/\x80Wa/\x80aJ\xE4V[\x14\x80\x15a/\xCBWP`\x02\x86\x01T`\x01\x87\x01Th\x01\0\0\0\0\0\0\0\0\x90\x91\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04\x16\x11[\x80\x15a/\xF8WP\x85Tr\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x11\x15[\x15a0vW\x85T`\xFF\x19\x16`\x05\x17\x86U`\x01\x86\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFB\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17\x90U`@Q\x84\x90\x7FGi6\x1AD%\x04\xEC\xAF\x03\x8F5\xE1\x19\xBC\xCC\xDD^B\tk$\xC0\x9E<\x17\xFD\x17\xC6hL\x02\x90_\x90\xA2[PPPPPPV[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`$\x83\x01R`D\x82\x01\x83\x90Ra0\xF2\x91\x85\x91\x82\x16\x90c\xA9\x05\x9C\xBB\x90`d\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x91P`\xE0\x1B` \x82\x01\x80Q{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x81\x83\x16\x17\x83RPPPPaI}V[PPPV[` \x81\x013a1\x06\x82\x84aX\xFAV[`\x01`\x01`\xA0\x1B\x03\x16\x14a1HW`@Q\x7FJ\x0B\xFE\xC1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x01a\nDV[a1U` \x82\x01\x82aS\xD5V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80a1\x82WPa\x01\0a1v` \x83\x01\x83aS\xD5V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11[\x15a1\xE9W`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x05`$\x82\x01R\x7Fslots\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\nDV[a1\xF6` \x82\x01\x82aS\xD5V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a2\x10`\xE0\x83\x01`\xC0\x84\x01aS\xD5V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10a2\x81W`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x0B`$\x82\x01R\x7FmaxSlotLoss\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\nDV[a2\x91`@\x82\x01` \x83\x01aS\xD5V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x03a3\x03W`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x08`$\x82\x01R\x7FslotSize\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\nDV[a3\x13``\x82\x01`@\x83\x01aS\xD5V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80a3kWPg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a3_``\x83\x01`@\x84\x01aS\xD5V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11[\x15a3\xD2W`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x08`$\x82\x01R\x7Fduration\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\nDV[a3\xE4a\x01@\x83\x01a\x01 \x84\x01aS\xD5V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80a4.WPa4\x05``\x82\x01`@\x83\x01aS\xD5V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a4!a\x01@\x84\x01a\x01 \x85\x01aS\xD5V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x15[\x15a4\x95W`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x06`$\x82\x01R\x7Fexpiry\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\nDV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a4\xD0`\x80\x83\x01``\x84\x01aS\xD5V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x80a5(WPg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a5\x1C`\x80\x83\x01``\x84\x01aS\xD5V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11[\x15a5\x8FW`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x10`$\x82\x01R\x7FproofProbability\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\nDV[`\x80\x81\x015\x15\x80a5\xB1WPl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x81`\x80\x015\x10\x15[\x15a6\x18W`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x15`$\x82\x01R\x7FpricePerBytePerSecond\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\nDV[`\xA0\x81\x015\x15\x80a6:WPl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x81`\xA0\x015\x10\x15[\x15a6\xA1W`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x11`$\x82\x01R\x7FcollateralPerByte\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\nDV[_a6\xB0a\x01\0\x84\x01\x84aS\xFCV[a6\xBA\x90\x80aT8V[\x91PP\x80\x15\x80a6\xCAWP`\x80\x81\x11[\x15a71W`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x03`$\x82\x01R\x7Fcid\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\nDV[\x7F0dNr\xE11\xA0)\xB8PE\xB6\x81\x81X](3\xE8Hy\xB9p\x91C\xE1\xF5\x93\xF0\0\0\x01a7`a\x01\0\x85\x01\x85aS\xFCV[` \x015\x10a0\xF2W`@Q\x7F7\x02(8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\n`$\x82\x01R\x7FverifyRoot\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\nDV[`@Q`\x01`\x01`\xA0\x1B\x03\x84\x81\x16`$\x83\x01R\x83\x81\x16`D\x83\x01R`d\x82\x01\x83\x90Ra\x1DN\x91\x86\x91\x82\x16\x90c#\xB8r\xDD\x90`\x84\x01a0\xABV[_\x81\x81R`\x01` R`@\x81 \x90\x81T`\xFF\x16`\x05\x81\x11\x15a8(Wa8(aJ\xE4V[\x03a(\x9DW`@Q\x7F{\xBE4\xC9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\nDV[`\x02\x81\x01T_\x90\x81\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x85\x16\x10a8\xBDW`@Q\x7F\x17\xBC2\xDB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R`$\x01a\nDV[a8\xC7\x85\x85aB)V[_\x81\x81R`\x02` R`@\x90 \x80T\x91\x93P\x91Pa9jW\x84\x81U`\x01\x80\x82\x01\x80T\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x16\x02\x17\x90U`\x02\x82\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16i\x01\0\0\0\0\0\0\0\0\0\x83\x02\x17\x90UP[\x93P\x93\x91PPV[__a9}\x84a'1V[`\x02\x84\x01T\x90\x91Pi\x01\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x01\x82`\x05\x81\x11\x15a9\xA9Wa9\xA9aJ\xE4V[\x03a:\x05W`\x01\x81`\x07\x81\x11\x15a9\xC2Wa9\xC2aJ\xE4V[\x14a9\xFBW\x80`@Q\x7F\xD7\xF0\xE3\x08\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\nD\x91\x90aMrV[_\x92PPPa\t\xB2V[`\x02\x82`\x05\x81\x11\x15a:\x19Wa:\x19aJ\xE4V[\x03a:vW`\x07\x81`\x07\x81\x11\x15a:2Wa:2aJ\xE4V[\x14a:kW\x80`@Q\x7F\xD7\xF0\xE3\x08\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\nD\x91\x90aMrV[`\x01\x92PPPa\t\xB2V[\x81`@Q\x7F\x1D\x81\x05\x94\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\nD\x91\x90aK%V[_\x82\x81R`\x04` \x90\x81R`@\x80\x83 3\x84R\x90\x91R\x90 T`\xFF\x16\x15a:\xFFW`@Q\x7F\x10\xBFTM\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x01a\nDV[_\x81\x81R`\x05` \x90\x81R`@\x80\x83 3\x84R\x90\x91R\x90 T`\xFF\x16\x15a;TW`@Q\x7F\x19\xB8\xCB]\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x01a\nDV[PPV[_`d\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16\x83`\x06\x01Ta;\x8E\x91\x90aQUV[a\t\xB2\x91\x90aQ\x99V[_\x81\x81R`\x03` R`@\x81 \x80T``\x92\x91\x90\x80\x83\x03a;\xBEWP\x91\x93_\x93P\x91PPV[_\x80[\x82\x81\x10\x15a<cWB\x84\x82\x81T\x81\x10a;\xDCWa;\xDCaY@V[_\x91\x82R` \x90\x91 \x01Tt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a<[W3`\x01`\x01`\xA0\x1B\x03\x16\x84\x82\x81T\x81\x10a<+Wa<+aY@V[_\x91\x82R` \x90\x91 \x01T`\x01`\x01`\xA0\x1B\x03\x16\x03a<MW`\x01\x94Pa<[V[\x81a<W\x81aY\x9AV[\x92PP[`\x01\x01a;\xC1V[P_\x81\x11\x80\x15a<qWP\x83\x15[\x15a<\xA8W`@Q\x7F\x81\xFD\xCD~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a<\xC1Wa<\xC1aT\x99V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a<\xEAW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x94P_\x80[\x83\x81\x10\x15a=\xACW_\x85\x82\x81T\x81\x10a=\x0BWa=\x0BaY@V[_\x91\x82R` \x90\x91 \x01\x80T\x90\x91PBt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x80\x15a=UWP\x80T`\x01`\x01`\xA0\x1B\x03\x163\x14\x15[\x15a=\xA3W\x80T`\x01`\x01`\xA0\x1B\x03\x16\x88\x84a=p\x81aY\x9AV[\x95P\x81Q\x81\x10a=\x82Wa=\x82aY@V[` \x02` \x01\x01\x90`\x01`\x01`\xA0\x1B\x03\x16\x90\x81`\x01`\x01`\xA0\x1B\x03\x16\x81RPP[P`\x01\x01a<\xF0V[P_\x87\x81R`\x03` R`@\x81 a=\xC3\x91aJ|V[PPPP\x91P\x91V[_\x81\x81R`\x08` R`@\x81 \x80T\x82\x91\x82\x91g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x83\x03a>\x01WP_\x93P\x83\x92P\x82\x91Pa\x1AT\x90PV[\x81Th\x01\0\0\0\0\0\0\0\0\x90\x04`@\x1B\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16`\x01a>?\x88aG\x9DV[\x91\x98\x90\x97Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x10\x94P\x92PPPV[`\x06\x84\x01T`\x01\x84\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x17\x90U`\x02\x80\x85\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\x81\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFB\x90\x81\x16\x91\x82\x17\x84U\x94\x93\x92\x91\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\x16\x17i\x01\0\0\0\0\0\0\0\0\0\x83\x02\x17\x90UP`\x03\x85\x01\x81\x90U_\x84\x81R`\x04` \x90\x81R`@\x80\x83 3\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16`\x01\x90\x81\x17\x90\x91U\x86\x81\x01\x80T`\x10\x90a?]\x90\x84\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x16aX\xDAV[\x92Pa\x01\0\n\x81T\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x86`\x07\x01_\x82\x82Ta?\xA0\x91\x90aQBV[\x90\x91UPP`\x01\x85\x01T`@\x80Q\x83\x81R\x85\x15\x15` \x82\x01R3\x92t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x87\x91\x7F\xC2\x12\xA6#T8J\xB4\xF8'%)A\xF6\xF8\xA3\x142\xBC#>U/d\x90\x08\xD68S,C)\x91\x01`@Q\x80\x91\x03\x90\xA4\x82\x15aALW`\x04\x85\x01T`\x01\x87\x01T\x87T_\x91a@M\x91g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x82\x16\x91r\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x16aZsV[\x88Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x82\x16\x91a@\x7F\x91\x87\x91r\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x16aZsV[a@\x93\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x84aQUV[a@\x9D\x91\x90aQ\x99V[`\x04\x88\x01\x81\x90U`\x01\x89\x81\x01\x80T\x92\x93P\x90\x91`\x18\x90a@\xE4\x90\x84\x90x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aZsV[\x92Pa\x01\0\n\x81T\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x81\x88`\t\x01_\x82\x82TaA\x1D\x91\x90aQ\xACV[\x90\x91UPaA-\x90P\x81\x83aQ\xACV[\x88`\x08\x01_\x82\x82TaA?\x91\x90aQBV[\x90\x91UPa0v\x92PPPV[`\x02\x86\x01T`\x01\x87\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x82\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x90\x91\x16\x10a0vW\x85T`\xFF\x19\x16`\x02\x17\x86U`\x01\x86\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x90\x91\x16\x17\x90U`@Q\x84\x90\x7F\xB8\xBF\xE4\xEE\x9B\xF6F\xEA\xECc\x91\xAE{\xB7e\xF8H\xA1\r\xAB\xF8\x06T\xCD\xCD\x1D\xA2\x15\x90\x1Bi\x14\x90_\x90\xA2PPPPPPV[___aB\0\x85a=\xCCV[P\x91P\x91P\x80aB\x14W_\x92PPPa\x183V[aB\x1F\x82\x87\x86a*\xBBV[\x96\x95PPPPPPV[_\x82\x82`@Q` \x01aBP\x92\x91\x90\x91\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x92\x91PPV[_`\x05`\x02\x83\x01Ti\x01\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x07\x81\x11\x15aB\x97WaB\x97aJ\xE4V[\x03aB\xA4WP`\x05a\t\xB2V[_aB\xAE\x84a'1V[\x90P`\x03\x81`\x05\x81\x11\x15aB\xC4WaB\xC4aJ\xE4V[\x03aB\xD3W`\x06\x91PPa\t\xB2V[`\x05\x81`\x05\x81\x11\x15aB\xE7WaB\xE7aJ\xE4V[\x03aB\xF6W`\x04\x91PPa\t\xB2V[`\x04\x81`\x05\x81\x11\x15aC\nWaC\naJ\xE4V[\x03aC\x19W`\x03\x91PPa\t\xB2V[\x82TaC)W`\x01\x91PPa\t\xB2V[PP`\x02\x01Ti\x01\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x91\x90PV[`\x04\x81`\x05\x81\x11\x15aCXWaCXaJ\xE4V[\x14\x80\x15aC\xB3WP\x81TaC\xAF\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x91r\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x16aQBV[B\x11\x15[\x15aC\xEDW`\x02`@Q\x7F\x1D\x81\x05\x94\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\nD\x91\x90aK%V[`\x05\x81`\x05\x81\x11\x15aD\x01WaD\x01aJ\xE4V[\x14\x80\x15aDUWP`\x01\x82\x01TaDQ\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x91h\x01\0\0\0\0\0\0\0\0\x90\x04\x16aQBV[B\x11\x15[\x15a;TW`\x05`@Q\x7F\x1D\x81\x05\x94\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\nD\x91\x90aK%V[`\x07\x82\x01T`\x01\x83\x01T_\x91\x82\x91p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aD\xC5\x86\x86aH\x1CV[aD\xCF\x91\x90aQUV[aD\xD9\x91\x90aQ\xACV[\x84`\x05\x01TaD\xE8\x91\x90aQUV[\x90P\x80\x84`\n\x01T\x85`\t\x01T\x86`\x08\x01TaE\x04\x91\x90aQBV[aE\x0E\x91\x90aQBV[a\t\x94\x91\x90aQ\xACV[`\x01\x82\x81\x01T`\x03\x84\x01T\x85\x83\x01\x80T`\x01`\x01`\xA0\x1B\x03\x90\x93\x16\x93\x91\x92`\x10\x90aEb\x90\x84\x90p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aZsV[\x92Pa\x01\0\n\x81T\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x83`\x02\x01_\x90T\x90a\x01\0\n\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x85`\x07\x01_\x82\x82TaE\xBC\x91\x90aQ\xACV[\x90\x91UPP`\x01\x84\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81U`\x02\x85\x01\x80T_`\x03\x88\x01\x81\x90U\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\0\0\0\0\0\0\0\0\x90\x91\x16i\x01\0\0\0\0\0\0\0\0\0\x17\x90\x91U\x84\x81R`\x04` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x87\x16\x80\x85R\x92R\x80\x83 \x80T`\xFF\x19\x16\x90U\x92T\x92Q\x90\x92t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x86\x91\x7F\xF1\x86\xF8Ob\x08\xB2\x1D\x0B\x91\xC9\xD5\xD6\x81\x11\xF8\x81a\x8F\xB6Z\xAD\x9A\x15>P\x83\xA8\xD7\xEC\x04\xE0\x91\x90\xA4a\"\xB7`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83\x83a0~V[_aF\xE4\x85\x85\x84a'\xCEV[`\x02\x85\x01\x80Ti\x05\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17\x90U_`\x03\x86\x01\x81\x90U`\x04\x86\x01U`@Q\x81\x81R\x90\x91P3\x90\x84\x90\x7F\xAEt9Y\x15]&\x83J\x1E\xABR\xF6\x1C\xF2JidW3\xBD\xA1\xF4\x9A\"\x0CK\xAF\xA8\x81\x07Q\x90` \x01`@Q\x80\x91\x03\x90\xA3\x80\x15a\"\xB7Wa\"\xB7`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x83a0~V[_a\t\xB2g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83aQUV[_\x82\x81R`\x02` R`@\x81 \x80T\x82\x91\x90aG\xF4WP_\x91P\x81\x90PaH\x15V[\x80T_\x90\x81R`\x01` R`@\x90 aH\x0F\x90\x82\x87\x87a(\xCCV[\x92P\x92PP[\x92P\x92\x90PV[_`\x03\x82`\x05\x81\x11\x15aH1WaH1aJ\xE4V[\x03aHVWP\x81Tj\x01\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\t\xB2V[`\x05\x82`\x05\x81\x11\x15aHjWaHjaJ\xE4V[\x03aH\x90WP`\x01\x82\x01Th\x01\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\t\xB2V[PPTr\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[_\x81\x81R`\x08` R`@\x90 \x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15aH\xD8WPPV[_`\x02C\x11aH\xE7W_aH\xF4V[aH\xF2`\x02CaQ\xACV[@[`@\x80QD` \x80\x83\x01\x91\x90\x91R\x81\x83\x01\x84\x90R``\x80\x83\x01\x88\x90R\x83Q\x80\x84\x03\x90\x91\x01\x81R`\x80\x83\x01\x80\x85R\x81Q\x91\x90\x92\x01 Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x84\x1Ch\x01\0\0\0\0\0\0\0\0\x02\x17\x86UC\x90R\x90Q\x91\x92P\x84\x91\x7Fu3\xB1\xB4\x82G9\xAAl\xCA\xA9\xFEi\xEB\xAB\xF7\xCD\x86{<B\xF1\x82\x08\xB0\x88\xF1\n.\xBFQ\xC9\x91\x81\x90\x03`\xA0\x01\x90\xA2PPPV[__` _\x84Q` \x86\x01_\x88Z\xF1\x80aI\x9CW`@Q=_\x82>=\x81\xFD[PP_Q=\x91P\x81\x15aI\xB3W\x80`\x01\x14\x15aI\xC0V[`\x01`\x01`\xA0\x1B\x03\x84\x16;\x15[\x15a\x1DNW`@Q\x7FRt\xAF\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\nDV[`@\x80Q`\xA0\x80\x82\x01\x83R_\x80\x83R\x83Q`\xE0\x81\x01\x85R\x81\x81R` \x81\x81\x01\x83\x90R\x94\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R\x91\x82\x01\x81\x90R`\xC0\x82\x01R\x90\x91\x82\x01\x90\x81R` \x01aJi`@Q\x80`@\x01`@R\x80``\x81R` \x01_\x81RP\x90V[\x81R_` \x82\x01\x81\x90R`@\x90\x91\x01R\x90V[P\x80T_\x82U\x90_R` _ \x90\x81\x01\x90a(\xC9\x91\x90[\x80\x82\x11\x15aJ\xC9W\x80T\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81U`\x01\x01aJ\x93V[P\x90V[_` \x82\x84\x03\x12\x15aJ\xDDW__\xFD[P5\x91\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[`\x06\x81\x10aK!WaK!aJ\xE4V[\x90RV[` \x81\x01a\t\xB2\x82\x84aK\x11V[_a\x01\0\x82\x84\x03\x12\x15aKDW__\xFD[P\x91\x90PV[__a\x01 \x83\x85\x03\x12\x15aK\\W__\xFD[\x825\x91PaKm\x84` \x85\x01aK3V[\x90P\x92P\x92\x90PV[__`@\x83\x85\x03\x12\x15aK\x87W__\xFD[PP\x805\x92` \x90\x91\x015\x91PV[_` \x82\x84\x03\x12\x15aK\xA6W__\xFD[\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aK\xBCW__\xFD[\x82\x01a\x01`\x81\x85\x03\x12\x15a\x183W__\xFD[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a(\xC9W__\xFD[\x805a(\x9D\x81aK\xCEV[__`@\x83\x85\x03\x12\x15aK\xFFW__\xFD[\x825\x91P` \x83\x015aL\x11\x81aK\xCEV[\x80\x91PP\x92P\x92\x90PV[___a\x01@\x84\x86\x03\x12\x15aL/W__\xFD[\x835\x92P` \x84\x015aLA\x81aK\xCEV[\x91PaLP\x85`@\x86\x01aK3V[\x90P\x92P\x92P\x92V[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a(\xC9W__\xFD[__`@\x83\x85\x03\x12\x15aL~W__\xFD[\x825\x91P` \x83\x015aL\x11\x81aLYV[`\x08\x81\x10aK!WaK!aJ\xE4V[_a\x01\0\x82\x01\x90PaL\xB3\x82\x84QaL\x90V[` \x83\x01Q` \x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x84\x01Q\x16`@\x83\x01R`\x01`\x01`\xA0\x1B\x03``\x84\x01Q\x16``\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x80\x84\x01Q\x16`\x80\x83\x01R`\xA0\x83\x01QaM\x0C`\xA0\x84\x01\x82`\xFF\x16\x90RV[P`\xC0\x83\x01Q`\xC0\x83\x01R`\xE0\x83\x01Q`\xE0\x83\x01R\x92\x91PPV[` \x80\x82R\x82Q\x82\x82\x01\x81\x90R_\x91\x84\x01\x90`@\x84\x01\x90\x83[\x81\x81\x10\x15aMgW\x83Q`\x01`\x01`\xA0\x1B\x03\x16\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01aM@V[P\x90\x95\x94PPPPPV[` \x81\x01a\t\xB2\x82\x84aL\x90V[\x81Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81Ra\x01`\x81\x01` \x83\x01QaM\xAE` \x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`@\x83\x01QaM\xCA`@\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P``\x83\x01QaM\xE6``\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01QaM\xFB`\x80\x84\x01\x82`\xFF\x16\x90RV[P`\xA0\x83\x01QaN\x10`\xA0\x84\x01\x82`\xFF\x16\x90RV[P`\xC0\x83\x01QaN%`\xC0\x84\x01\x82`\xFF\x16\x90RV[P`\xE0\x83\x01QaN:`\xE0\x84\x01\x82`\xFF\x16\x90RV[Pa\x01\0\x83\x01QaNQa\x01\0\x84\x01\x82`\xFF\x16\x90RV[Pa\x01 \x83\x01QaNoa\x01 \x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01@\x83\x01Qa\"\xE5a\x01@\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[_a\x01 \x82\x01\x90PaN\xA0\x82\x84QaK\x11V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x01Q\x16` \x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x84\x01Q\x16`@\x83\x01R``\x83\x01QaN\xE3``\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01QaN\xFF`\x80\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x83\x01QaO\x1B`\xA0\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x83\x01QaO7`\xC0\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01QaOS`\xE0\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01Qa\"\xE5a\x01\0\x84\x01\x82\x15\x15\x90RV[_\x81Q`@\x84R\x80Q\x80`@\x86\x01R\x80` \x83\x01``\x87\x01^_``\x82\x87\x01\x01R` \x84\x01Q` \x86\x01R``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x83\x01\x16\x86\x01\x01\x92PPP\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x81Q\x16\x82R_` \x82\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81Q\x16` \x85\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x82\x01Q\x16`@\x85\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x82\x01Q\x16``\x85\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x82\x01Q\x16`\x80\x85\x01R`\x80\x81\x01Q`\xA0\x85\x01R`\xA0\x81\x01Q`\xC0\x85\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xC0\x82\x01Q\x16`\xE0\x85\x01RP`@\x82\x01Qa\x01`a\x01\0\x85\x01RaPna\x01`\x85\x01\x82aOiV[\x90P``\x83\x01QaP\x8Ca\x01 \x86\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01Qa\x01@\x85\x01R\x80\x91PP\x92\x91PPV[`@\x81R_aP\xB4`@\x83\x01\x85aO\xC9V[\x90Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16` \x83\x01R\x93\x92PPPV[___``\x84\x86\x03\x12\x15aP\xDFW__\xFD[\x835\x92P` \x84\x015\x91P`@\x84\x015aP\xF8\x81aLYV[\x80\x91PP\x92P\x92P\x92V[` \x81R_a\x183` \x83\x01\x84aO\xC9V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\t\xB2Wa\t\xB2aQ\x15V[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\t\xB2Wa\t\xB2aQ\x15V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[_\x82aQ\xA7WaQ\xA7aQlV[P\x04\x90V[\x81\x81\x03\x81\x81\x11\x15a\t\xB2Wa\t\xB2aQ\x15V[`\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xB2Wa\t\xB2aQ\x15V[\x805aQ\xE3\x81aK\xCEV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82R` \x81\x015aQ\xFD\x81aK\xCEV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x83\x01R`@\x81\x015aR\x1A\x81aK\xCEV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`@\x83\x01RaR5``\x82\x01aK\xE3V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16``\x83\x01R`\x80\x81\x81\x015\x90\x83\x01R`\xA0\x80\x82\x015\x90\x83\x01RaRd`\xC0\x82\x01aK\xE3V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16`\xC0\x84\x01RPPPV[` \x81R_\x825aR\x89\x81aLYV[`\x01`\x01`\xA0\x1B\x03\x81\x16` \x84\x01RPaR\xA9`@\x83\x01` \x85\x01aQ\xD8V[a\x01\0\x83\x015\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xC1\x846\x03\x01\x81\x12aR\xDEW__\xFD[a\x01`a\x01 \x84\x01R\x83\x01\x8056\x82\x90\x03\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x01\x81\x12aS\x1BW__\xFD[\x81\x01` \x81\x01\x905g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aS7W__\xFD[\x806\x03\x82\x13\x15aSEW__\xFD[`@a\x01\x80\x86\x01R\x80a\x01\xC0\x86\x01R\x80\x82a\x01\xE0\x87\x017_\x85\x82\x01a\x01\xE0\x01R` \x83\x015a\x01\xA0\x86\x01\x81\x90R\x91PaS\x81a\x01 \x87\x01aK\xE3V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16a\x01@\x87\x01R\x92Pa\x01@\x95\x90\x95\x015a\x01`\x85\x01RPPP`\x1F\x91\x90\x91\x01\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x16\x01a\x01\xE0\x01\x90V[_` \x82\x84\x03\x12\x15aS\xE5W__\xFD[\x815a\x183\x81aK\xCEV[_\x815a\t\xB2\x81aK\xCEV[_\x825\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xC1\x836\x03\x01\x81\x12aT.W__\xFD[\x91\x90\x91\x01\x92\x91PPV[__\x835\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x846\x03\x01\x81\x12aTkW__\xFD[\x83\x01\x805\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15aT\x85W__\xFD[` \x01\x91P6\x81\x90\x03\x82\x13\x15aH\x15W__\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[`\x01\x81\x81\x1C\x90\x82\x16\x80aT\xDAW`\x7F\x82\x16\x91P[` \x82\x10\x81\x03aKDW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\"`\x04R`$_\xFD[`\x1F\x82\x11\x15a0\xF2W\x80_R` _ `\x1F\x84\x01`\x05\x1C\x81\x01` \x85\x10\x15aU6WP\x80[`\x1F\x84\x01`\x05\x1C\x82\x01\x91P[\x81\x81\x10\x15a\"\xB7W_\x81U`\x01\x01aUBV[\x815\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x836\x03\x01\x81\x12aU\x86W__\xFD[\x82\x01\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x80\x15aU\x9FW__\xFD[\x816\x03` \x84\x01\x13\x15aU\xB0W__\xFD[_\x90PPaU\xC8\x81aU\xC2\x85TaT\xC6V[\x85aU\x11V[_`\x1F\x82\x11`\x01\x81\x14aU\xFCW_\x83\x15aU\xE5WP\x83\x82\x01` \x015[_\x19`\x03\x85\x90\x1B\x1C\x19\x16`\x01\x84\x90\x1B\x17\x85UaVvV[_\x85\x81R` \x81 \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x85\x16\x91[\x82\x81\x10\x15aVKW` \x85\x88\x01\x81\x015\x83U\x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01aV)V[P\x84\x82\x10\x15aVjW_\x19`\xF8\x86`\x03\x1B\x16\x1C\x19` \x85\x88\x01\x015\x16\x81U[PP`\x01\x83`\x01\x1B\x01\x85U[PPPP` \x91\x90\x91\x015`\x01\x90\x91\x01UV[\x815aV\x94\x81aLYV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83T\x16\x17\x82UP`\x01\x81\x01` \x83\x015aV\xD8\x81aK\xCEV[\x81T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x17\x82UP`@\x83\x015aW\x19\x81aK\xCEV[\x81T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`@\x91\x90\x91\x1Bo\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16\x17\x81UaW\xB0aWg``\x85\x01aS\xF0V[\x82T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x80\x91\x90\x91\x1Bw\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17\x82UV[aX\x08aW\xBF`\x80\x85\x01aS\xF0V[\x82Tw\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xC0\x91\x90\x91\x1B\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17\x82UV[P`\xA0\x82\x015`\x02\x82\x01U`\xC0\x82\x015`\x03\x82\x01UaXfaX,`\xE0\x84\x01aS\xF0V[`\x04\x83\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x82T\x16\x17\x81UPPV[aX\x80aXwa\x01\0\x84\x01\x84aS\xFCV[`\x05\x83\x01aUUV[aX\xCAaX\x90a\x01 \x84\x01aS\xF0V[`\x07\x83\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x82T\x16\x17\x81UPPV[a\x01@\x91\x90\x91\x015`\x08\x90\x91\x01UV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xB2Wa\t\xB2aQ\x15V[_` \x82\x84\x03\x12\x15aY\nW__\xFD[\x815a\x183\x81aLYV[a\x01 \x81\x01aY$\x82\x86aQ\xD8V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x93\x90\x93\x16`\xE0\x82\x01Ra\x01\0\x01R\x91\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`1`\x04R`$_\xFD[__\x19\x82\x03aY\xABWaY\xABaQ\x15V[P`\x01\x01\x90V[`@\x81\x01aY\xC0\x82\x85aK\x11V[\x82` \x83\x01R\x93\x92PPPV[_\x82aY\xDBWaY\xDBaQlV[P\x06\x90V[a\x01`\x81\x01`@\x84\x837`@\x82\x01`@\x85\x01_[`\x02\x81\x10\x15aZ\x15W`@\x82\x847`@\x92\x83\x01\x92\x91\x90\x91\x01\x90`\x01\x01aY\xF4V[PPP`@`\xC0\x85\x01`\xC0\x84\x017a\x01\0\x82\x01\x83_[`\x03\x81\x10\x15aZJW\x81Q\x83R` \x92\x83\x01\x92\x90\x91\x01\x90`\x01\x01aZ+V[PPP\x93\x92PPPV[_` \x82\x84\x03\x12\x15aZdW__\xFD[\x81Q\x80\x15\x15\x81\x14a\x183W__\xFD[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xB2Wa\t\xB2aQ\x15V",
    );
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Groth16Proof { uint256[2] a; uint256[2][2] b; uint256[2] c; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Groth16Proof {
        #[allow(missing_docs)]
        pub a: [alloy::sol_types::private::primitives::aliases::U256; 2usize],
        #[allow(missing_docs)]
        pub b: [[alloy::sol_types::private::primitives::aliases::U256; 2usize]; 2usize],
        #[allow(missing_docs)]
        pub c: [alloy::sol_types::private::primitives::aliases::U256; 2usize],
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::FixedArray<
                alloy::sol_types::sol_data::Uint<256>,
                2usize,
            >,
            alloy::sol_types::sol_data::FixedArray<
                alloy::sol_types::sol_data::FixedArray<
                    alloy::sol_types::sol_data::Uint<256>,
                    2usize,
                >,
                2usize,
            >,
            alloy::sol_types::sol_data::FixedArray<
                alloy::sol_types::sol_data::Uint<256>,
                2usize,
            >,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            [alloy::sol_types::private::primitives::aliases::U256; 2usize],
            [[alloy::sol_types::private::primitives::aliases::U256; 2usize]; 2usize],
            [alloy::sol_types::private::primitives::aliases::U256; 2usize],
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Groth16Proof> for UnderlyingRustTuple<'_> {
            fn from(value: Groth16Proof) -> Self {
                (value.a, value.b, value.c)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Groth16Proof {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    a: tuple.0,
                    b: tuple.1,
                    c: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Groth16Proof {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Groth16Proof {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedArray<
                        alloy::sol_types::sol_data::Uint<256>,
                        2usize,
                    > as alloy_sol_types::SolType>::tokenize(&self.a),
                    <alloy::sol_types::sol_data::FixedArray<
                        alloy::sol_types::sol_data::FixedArray<
                            alloy::sol_types::sol_data::Uint<256>,
                            2usize,
                        >,
                        2usize,
                    > as alloy_sol_types::SolType>::tokenize(&self.b),
                    <alloy::sol_types::sol_data::FixedArray<
                        alloy::sol_types::sol_data::Uint<256>,
                        2usize,
                    > as alloy_sol_types::SolType>::tokenize(&self.c),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Groth16Proof {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for Groth16Proof {
            const NAME: &'static str = "Groth16Proof";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Groth16Proof(uint256[2] a,uint256[2][2] b,uint256[2] c)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::FixedArray<
                        alloy::sol_types::sol_data::Uint<256>,
                        2usize,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.a)
                        .0,
                    <alloy::sol_types::sol_data::FixedArray<
                        alloy::sol_types::sol_data::FixedArray<
                            alloy::sol_types::sol_data::Uint<256>,
                            2usize,
                        >,
                        2usize,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.b)
                        .0,
                    <alloy::sol_types::sol_data::FixedArray<
                        alloy::sol_types::sol_data::Uint<256>,
                        2usize,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.c)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Groth16Proof {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::FixedArray<
                        alloy::sol_types::sol_data::Uint<256>,
                        2usize,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.a)
                    + <alloy::sol_types::sol_data::FixedArray<
                        alloy::sol_types::sol_data::FixedArray<
                            alloy::sol_types::sol_data::Uint<256>,
                            2usize,
                        >,
                        2usize,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.b)
                    + <alloy::sol_types::sol_data::FixedArray<
                        alloy::sol_types::sol_data::Uint<256>,
                        2usize,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.c)
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::FixedArray<
                    alloy::sol_types::sol_data::Uint<256>,
                    2usize,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(&rust.a, out);
                <alloy::sol_types::sol_data::FixedArray<
                    alloy::sol_types::sol_data::FixedArray<
                        alloy::sol_types::sol_data::Uint<256>,
                        2usize,
                    >,
                    2usize,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(&rust.b, out);
                <alloy::sol_types::sol_data::FixedArray<
                    alloy::sol_types::sol_data::Uint<256>,
                    2usize,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(&rust.c, out);
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AlreadyMarked(bytes32,uint256)` and selector `0xdca21ba0`.
```solidity
error AlreadyMarked(bytes32 slotId, uint256 period);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AlreadyMarked {
        #[allow(missing_docs)]
        pub slotId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub period: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AlreadyMarked> for UnderlyingRustTuple<'_> {
            fn from(value: AlreadyMarked) -> Self {
                (value.slotId, value.period)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AlreadyMarked {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    slotId: tuple.0,
                    period: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AlreadyMarked {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AlreadyMarked(bytes32,uint256)";
            const SELECTOR: [u8; 4] = [220u8, 162u8, 27u8, 160u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.slotId),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.period),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AlreadyReserved()` and selector `0x87b34a06`.
```solidity
error AlreadyReserved();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AlreadyReserved;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AlreadyReserved> for UnderlyingRustTuple<'_> {
            fn from(value: AlreadyReserved) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AlreadyReserved {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AlreadyReserved {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AlreadyReserved()";
            const SELECTOR: [u8; 4] = [135u8, 179u8, 74u8, 6u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AlreadyWithdrawn(bytes32)` and selector `0xc4e4c7d9`.
```solidity
error AlreadyWithdrawn(bytes32 requestId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AlreadyWithdrawn {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AlreadyWithdrawn> for UnderlyingRustTuple<'_> {
            fn from(value: AlreadyWithdrawn) -> Self {
                (value.requestId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AlreadyWithdrawn {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { requestId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AlreadyWithdrawn {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AlreadyWithdrawn(bytes32)";
            const SELECTOR: [u8; 4] = [196u8, 228u8, 199u8, 217u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ChallengeNotReady(uint256)` and selector `0xc7234db2`.
```solidity
error ChallengeNotReady(uint256 period);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ChallengeNotReady {
        #[allow(missing_docs)]
        pub period: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ChallengeNotReady> for UnderlyingRustTuple<'_> {
            fn from(value: ChallengeNotReady) -> Self {
                (value.period,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ChallengeNotReady {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { period: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ChallengeNotReady {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ChallengeNotReady(uint256)";
            const SELECTOR: [u8; 4] = [199u8, 35u8, 77u8, 178u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.period),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `FormerHost(address)` and selector `0x19b8cb5d`.
```solidity
error FormerHost(address host);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct FormerHost {
        #[allow(missing_docs)]
        pub host: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<FormerHost> for UnderlyingRustTuple<'_> {
            fn from(value: FormerHost) -> Self {
                (value.host,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for FormerHost {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { host: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for FormerHost {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "FormerHost(address)";
            const SELECTOR: [u8; 4] = [25u8, 184u8, 203u8, 93u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.host,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `HostOfRequest(address)` and selector `0x10bf544d`.
```solidity
error HostOfRequest(address host);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct HostOfRequest {
        #[allow(missing_docs)]
        pub host: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<HostOfRequest> for UnderlyingRustTuple<'_> {
            fn from(value: HostOfRequest) -> Self {
                (value.host,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for HostOfRequest {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { host: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for HostOfRequest {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "HostOfRequest(address)";
            const SELECTOR: [u8; 4] = [16u8, 191u8, 84u8, 77u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.host,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidConfig(string)` and selector `0x89a61989`.
```solidity
error InvalidConfig(string reason);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidConfig {
        #[allow(missing_docs)]
        pub reason: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidConfig> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidConfig) -> Self {
                (value.reason,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidConfig {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { reason: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidConfig {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidConfig(string)";
            const SELECTOR: [u8; 4] = [137u8, 166u8, 25u8, 137u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.reason,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidProof()` and selector `0x09bde339`.
```solidity
error InvalidProof();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidProof;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidProof> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidProof) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidProof {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidProof {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidProof()";
            const SELECTOR: [u8; 4] = [9u8, 189u8, 227u8, 57u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidRequest(string)` and selector `0x37022838`.
```solidity
error InvalidRequest(string reason);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidRequest {
        #[allow(missing_docs)]
        pub reason: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidRequest> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidRequest) -> Self {
                (value.reason,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidRequest {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { reason: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidRequest {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidRequest(string)";
            const SELECTOR: [u8; 4] = [55u8, 2u8, 40u8, 56u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.reason,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidRequestState(uint8)` and selector `0x1d810594`.
```solidity
error InvalidRequestState(IMarketplace.RequestState state);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidRequestState {
        #[allow(missing_docs)]
        pub state: <IMarketplace::RequestState as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (IMarketplace::RequestState,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            <IMarketplace::RequestState as alloy::sol_types::SolType>::RustType,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidRequestState> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidRequestState) -> Self {
                (value.state,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidRequestState {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { state: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidRequestState {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidRequestState(uint8)";
            const SELECTOR: [u8; 4] = [29u8, 129u8, 5u8, 148u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <IMarketplace::RequestState as alloy_sol_types::SolType>::tokenize(
                        &self.state,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidSlotIndex(uint64)` and selector `0x17bc32db`.
```solidity
error InvalidSlotIndex(uint64 slotIndex);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidSlotIndex {
        #[allow(missing_docs)]
        pub slotIndex: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u64,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidSlotIndex> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidSlotIndex) -> Self {
                (value.slotIndex,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidSlotIndex {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { slotIndex: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidSlotIndex {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidSlotIndex(uint64)";
            const SELECTOR: [u8; 4] = [23u8, 188u8, 50u8, 219u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.slotIndex),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidSlotState(uint8)` and selector `0xd7f0e308`.
```solidity
error InvalidSlotState(IMarketplace.SlotState state);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidSlotState {
        #[allow(missing_docs)]
        pub state: <IMarketplace::SlotState as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (IMarketplace::SlotState,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            <IMarketplace::SlotState as alloy::sol_types::SolType>::RustType,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidSlotState> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidSlotState) -> Self {
                (value.state,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidSlotState {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { state: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidSlotState {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidSlotState(uint8)";
            const SELECTOR: [u8; 4] = [215u8, 240u8, 227u8, 8u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <IMarketplace::SlotState as alloy_sol_types::SolType>::tokenize(
                        &self.state,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotAuthorized(address)` and selector `0x4a0bfec1`.
```solidity
error NotAuthorized(address caller);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotAuthorized {
        #[allow(missing_docs)]
        pub caller: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotAuthorized> for UnderlyingRustTuple<'_> {
            fn from(value: NotAuthorized) -> Self {
                (value.caller,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotAuthorized {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { caller: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotAuthorized {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotAuthorized(address)";
            const SELECTOR: [u8; 4] = [74u8, 11u8, 254u8, 193u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.caller,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotReserved()` and selector `0x81fdcd7e`.
```solidity
error NotReserved();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotReserved;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotReserved> for UnderlyingRustTuple<'_> {
            fn from(value: NotReserved) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotReserved {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotReserved {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotReserved()";
            const SELECTOR: [u8; 4] = [129u8, 253u8, 205u8, 126u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `PeriodNotEnded(uint256)` and selector `0x835cda29`.
```solidity
error PeriodNotEnded(uint256 period);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct PeriodNotEnded {
        #[allow(missing_docs)]
        pub period: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<PeriodNotEnded> for UnderlyingRustTuple<'_> {
            fn from(value: PeriodNotEnded) -> Self {
                (value.period,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for PeriodNotEnded {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { period: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for PeriodNotEnded {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "PeriodNotEnded(uint256)";
            const SELECTOR: [u8; 4] = [131u8, 92u8, 218u8, 41u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.period),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ProofAlreadySubmitted(bytes32,uint256)` and selector `0xb17770b3`.
```solidity
error ProofAlreadySubmitted(bytes32 slotId, uint256 period);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ProofAlreadySubmitted {
        #[allow(missing_docs)]
        pub slotId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub period: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ProofAlreadySubmitted> for UnderlyingRustTuple<'_> {
            fn from(value: ProofAlreadySubmitted) -> Self {
                (value.slotId, value.period)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ProofAlreadySubmitted {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    slotId: tuple.0,
                    period: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ProofAlreadySubmitted {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ProofAlreadySubmitted(bytes32,uint256)";
            const SELECTOR: [u8; 4] = [177u8, 119u8, 112u8, 179u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.slotId),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.period),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ProofNotRequired(bytes32,uint256)` and selector `0x408df019`.
```solidity
error ProofNotRequired(bytes32 slotId, uint256 period);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ProofNotRequired {
        #[allow(missing_docs)]
        pub slotId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub period: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ProofNotRequired> for UnderlyingRustTuple<'_> {
            fn from(value: ProofNotRequired) -> Self {
                (value.slotId, value.period)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ProofNotRequired {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    slotId: tuple.0,
                    period: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ProofNotRequired {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ProofNotRequired(bytes32,uint256)";
            const SELECTOR: [u8; 4] = [64u8, 141u8, 240u8, 25u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.slotId),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.period),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `RequestExists(bytes32)` and selector `0xa4a99c61`.
```solidity
error RequestExists(bytes32 requestId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RequestExists {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<RequestExists> for UnderlyingRustTuple<'_> {
            fn from(value: RequestExists) -> Self {
                (value.requestId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for RequestExists {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { requestId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RequestExists {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RequestExists(bytes32)";
            const SELECTOR: [u8; 4] = [164u8, 169u8, 156u8, 97u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ReservationsFull()` and selector `0x672dca15`.
```solidity
error ReservationsFull();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ReservationsFull;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ReservationsFull> for UnderlyingRustTuple<'_> {
            fn from(value: ReservationsFull) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ReservationsFull {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ReservationsFull {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ReservationsFull()";
            const SELECTOR: [u8; 4] = [103u8, 45u8, 202u8, 21u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `SafeERC20FailedOperation(address)` and selector `0x5274afe7`.
```solidity
error SafeERC20FailedOperation(address token);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SafeERC20FailedOperation {
        #[allow(missing_docs)]
        pub token: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<SafeERC20FailedOperation>
        for UnderlyingRustTuple<'_> {
            fn from(value: SafeERC20FailedOperation) -> Self {
                (value.token,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for SafeERC20FailedOperation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { token: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SafeERC20FailedOperation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SafeERC20FailedOperation(address)";
            const SELECTOR: [u8; 4] = [82u8, 116u8, 175u8, 231u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.token,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `UnknownRequest(bytes32)` and selector `0x7bbe34c9`.
```solidity
error UnknownRequest(bytes32 requestId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UnknownRequest {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnknownRequest> for UnderlyingRustTuple<'_> {
            fn from(value: UnknownRequest) -> Self {
                (value.requestId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for UnknownRequest {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { requestId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for UnknownRequest {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UnknownRequest(bytes32)";
            const SELECTOR: [u8; 4] = [123u8, 190u8, 52u8, 201u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `UnknownSlot(bytes32)` and selector `0xb26dbc2f`.
```solidity
error UnknownSlot(bytes32 slotId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UnknownSlot {
        #[allow(missing_docs)]
        pub slotId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnknownSlot> for UnderlyingRustTuple<'_> {
            fn from(value: UnknownSlot) -> Self {
                (value.slotId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for UnknownSlot {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { slotId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for UnknownSlot {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UnknownSlot(bytes32)";
            const SELECTOR: [u8; 4] = [178u8, 109u8, 188u8, 47u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.slotId),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ValidationTimedOut(uint256)` and selector `0x7b3c3294`.
```solidity
error ValidationTimedOut(uint256 period);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ValidationTimedOut {
        #[allow(missing_docs)]
        pub period: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ValidationTimedOut> for UnderlyingRustTuple<'_> {
            fn from(value: ValidationTimedOut) -> Self {
                (value.period,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ValidationTimedOut {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { period: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ValidationTimedOut {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ValidationTimedOut(uint256)";
            const SELECTOR: [u8; 4] = [123u8, 60u8, 50u8, 148u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.period),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `FundsWithdrawn(bytes32,address,uint8,uint256)` and selector `0x153c2cd6ce291a0615516fae8ebb447d7d358491eeefe54fdf184d05637f5443`.
```solidity
event FundsWithdrawn(bytes32 indexed requestId, address indexed client, IMarketplace.RequestState state, uint256 amount);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct FundsWithdrawn {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub client: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub state: <IMarketplace::RequestState as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for FundsWithdrawn {
            type DataTuple<'a> = (
                IMarketplace::RequestState,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "FundsWithdrawn(bytes32,address,uint8,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                21u8, 60u8, 44u8, 214u8, 206u8, 41u8, 26u8, 6u8, 21u8, 81u8, 111u8,
                174u8, 142u8, 187u8, 68u8, 125u8, 125u8, 53u8, 132u8, 145u8, 238u8,
                239u8, 229u8, 79u8, 223u8, 24u8, 77u8, 5u8, 99u8, 127u8, 84u8, 67u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    requestId: topics.1,
                    client: topics.2,
                    state: data.0,
                    amount: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <IMarketplace::RequestState as alloy_sol_types::SolType>::tokenize(
                        &self.state,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.requestId.clone(),
                    self.client.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.client,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for FundsWithdrawn {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&FundsWithdrawn> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &FundsWithdrawn) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ProofMissed(bytes32,uint256,address,uint256,uint256)` and selector `0xe4c2a99aeb10163f2ad524aa1f3285df1ae8ba76c576bfc1439305c99dcfa4cd`.
```solidity
event ProofMissed(bytes32 indexed slotId, uint256 indexed period, address indexed validator, uint256 slashed, uint256 reward);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ProofMissed {
        #[allow(missing_docs)]
        pub slotId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub period: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub validator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub slashed: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub reward: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ProofMissed {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "ProofMissed(bytes32,uint256,address,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                228u8, 194u8, 169u8, 154u8, 235u8, 16u8, 22u8, 63u8, 42u8, 213u8, 36u8,
                170u8, 31u8, 50u8, 133u8, 223u8, 26u8, 232u8, 186u8, 118u8, 197u8, 118u8,
                191u8, 193u8, 67u8, 147u8, 5u8, 201u8, 157u8, 207u8, 164u8, 205u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    slotId: topics.1,
                    period: topics.2,
                    validator: topics.3,
                    slashed: data.0,
                    reward: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.slashed),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.reward),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.slotId.clone(),
                    self.period.clone(),
                    self.validator.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.slotId);
                out[2usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.period);
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.validator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ProofMissed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ProofMissed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ProofMissed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ProofSubmitted(bytes32,uint256)` and selector `0x3c0e85acf452e867ee09c9151d2cf45fe6d6a729271347e89a9a6b91b081f31d`.
```solidity
event ProofSubmitted(bytes32 indexed slotId, uint256 indexed period);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ProofSubmitted {
        #[allow(missing_docs)]
        pub slotId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub period: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ProofSubmitted {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            const SIGNATURE: &'static str = "ProofSubmitted(bytes32,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                60u8, 14u8, 133u8, 172u8, 244u8, 82u8, 232u8, 103u8, 238u8, 9u8, 201u8,
                21u8, 29u8, 44u8, 244u8, 95u8, 230u8, 214u8, 167u8, 41u8, 39u8, 19u8,
                71u8, 232u8, 154u8, 154u8, 107u8, 145u8, 176u8, 129u8, 243u8, 29u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    slotId: topics.1,
                    period: topics.2,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.slotId.clone(), self.period.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.slotId);
                out[2usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.period);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ProofSubmitted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ProofSubmitted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ProofSubmitted) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RandomnessCommitted(uint256,uint256)` and selector `0x7533b1b4824739aa6ccaa9fe69ebabf7cd867b3c42f18208b088f10a2ebf51c9`.
```solidity
event RandomnessCommitted(uint256 indexed period, uint256 blockNumber);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RandomnessCommitted {
        #[allow(missing_docs)]
        pub period: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub blockNumber: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RandomnessCommitted {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            const SIGNATURE: &'static str = "RandomnessCommitted(uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                117u8, 51u8, 177u8, 180u8, 130u8, 71u8, 57u8, 170u8, 108u8, 202u8, 169u8,
                254u8, 105u8, 235u8, 171u8, 247u8, 205u8, 134u8, 123u8, 60u8, 66u8,
                241u8, 130u8, 8u8, 176u8, 136u8, 241u8, 10u8, 46u8, 191u8, 81u8, 201u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    period: topics.1,
                    blockNumber: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.blockNumber),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.period.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.period);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RandomnessCommitted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RandomnessCommitted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RandomnessCommitted) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RequestFailed(bytes32)` and selector `0x4769361a442504ecaf038f35e119bcccdd5e42096b24c09e3c17fd17c6684c02`.
```solidity
event RequestFailed(bytes32 indexed requestId);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RequestFailed {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RequestFailed {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "RequestFailed(bytes32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                71u8, 105u8, 54u8, 26u8, 68u8, 37u8, 4u8, 236u8, 175u8, 3u8, 143u8, 53u8,
                225u8, 25u8, 188u8, 204u8, 221u8, 94u8, 66u8, 9u8, 107u8, 36u8, 192u8,
                158u8, 60u8, 23u8, 253u8, 23u8, 198u8, 104u8, 76u8, 2u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { requestId: topics.1 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.requestId.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RequestFailed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RequestFailed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RequestFailed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RequestStarted(bytes32)` and selector `0xb8bfe4ee9bf646eaec6391ae7bb765f848a10dabf80654cdcd1da215901b6914`.
```solidity
event RequestStarted(bytes32 indexed requestId);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RequestStarted {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RequestStarted {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "RequestStarted(bytes32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                184u8, 191u8, 228u8, 238u8, 155u8, 246u8, 70u8, 234u8, 236u8, 99u8,
                145u8, 174u8, 123u8, 183u8, 101u8, 248u8, 72u8, 161u8, 13u8, 171u8,
                248u8, 6u8, 84u8, 205u8, 205u8, 29u8, 162u8, 21u8, 144u8, 27u8, 105u8,
                20u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { requestId: topics.1 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.requestId.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RequestStarted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RequestStarted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RequestStarted) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `SlotAbandoned(bytes32,uint64,address)` and selector `0xf186f84f6208b21d0b91c9d5d68111f881618fb65aad9a153e5083a8d7ec04e0`.
```solidity
event SlotAbandoned(bytes32 indexed requestId, uint64 indexed slotIndex, address indexed host);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct SlotAbandoned {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub slotIndex: u64,
        #[allow(missing_docs)]
        pub host: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for SlotAbandoned {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "SlotAbandoned(bytes32,uint64,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                241u8, 134u8, 248u8, 79u8, 98u8, 8u8, 178u8, 29u8, 11u8, 145u8, 201u8,
                213u8, 214u8, 129u8, 17u8, 248u8, 129u8, 97u8, 143u8, 182u8, 90u8, 173u8,
                154u8, 21u8, 62u8, 80u8, 131u8, 168u8, 215u8, 236u8, 4u8, 224u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    requestId: topics.1,
                    slotIndex: topics.2,
                    host: topics.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.requestId.clone(),
                    self.slotIndex.clone(),
                    self.host.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                out[2usize] = <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.slotIndex);
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.host,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for SlotAbandoned {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&SlotAbandoned> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &SlotAbandoned) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `SlotFilled(bytes32,uint64,address,uint256,bool)` and selector `0xc212a62354384ab4f827252941f6f8a31432bc233e552f649008d638532c4329`.
```solidity
event SlotFilled(bytes32 indexed requestId, uint64 indexed slotIndex, address indexed host, uint256 collateral, bool repair);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct SlotFilled {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub slotIndex: u64,
        #[allow(missing_docs)]
        pub host: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub collateral: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub repair: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for SlotFilled {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bool,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "SlotFilled(bytes32,uint64,address,uint256,bool)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                194u8, 18u8, 166u8, 35u8, 84u8, 56u8, 74u8, 180u8, 248u8, 39u8, 37u8,
                41u8, 65u8, 246u8, 248u8, 163u8, 20u8, 50u8, 188u8, 35u8, 62u8, 85u8,
                47u8, 100u8, 144u8, 8u8, 214u8, 56u8, 83u8, 44u8, 67u8, 41u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    requestId: topics.1,
                    slotIndex: topics.2,
                    host: topics.3,
                    collateral: data.0,
                    repair: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.collateral),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.repair,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.requestId.clone(),
                    self.slotIndex.clone(),
                    self.host.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                out[2usize] = <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.slotIndex);
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.host,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for SlotFilled {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&SlotFilled> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &SlotFilled) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `SlotFreed(bytes32,uint64,address,uint256)` and selector `0xda720d31b138c4ca4c5ed18cacf9e38de9b3ef65e7f10eb40fc7753dd03f2675`.
```solidity
event SlotFreed(bytes32 indexed requestId, uint64 indexed slotIndex, address indexed host, uint256 repairReward);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct SlotFreed {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub slotIndex: u64,
        #[allow(missing_docs)]
        pub host: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub repairReward: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for SlotFreed {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "SlotFreed(bytes32,uint64,address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                218u8, 114u8, 13u8, 49u8, 177u8, 56u8, 196u8, 202u8, 76u8, 94u8, 209u8,
                140u8, 172u8, 249u8, 227u8, 141u8, 233u8, 179u8, 239u8, 101u8, 231u8,
                241u8, 14u8, 180u8, 15u8, 199u8, 117u8, 61u8, 208u8, 63u8, 38u8, 117u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    requestId: topics.1,
                    slotIndex: topics.2,
                    host: topics.3,
                    repairReward: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.repairReward),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.requestId.clone(),
                    self.slotIndex.clone(),
                    self.host.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                out[2usize] = <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.slotIndex);
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.host,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for SlotFreed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&SlotFreed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &SlotFreed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `SlotPaid(bytes32,address,uint256)` and selector `0xae743959155d26834a1eab52f61cf24a69645733bda1f49a220c4bafa8810751`.
```solidity
event SlotPaid(bytes32 indexed slotId, address indexed host, uint256 amount);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct SlotPaid {
        #[allow(missing_docs)]
        pub slotId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub host: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for SlotPaid {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "SlotPaid(bytes32,address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                174u8, 116u8, 57u8, 89u8, 21u8, 93u8, 38u8, 131u8, 74u8, 30u8, 171u8,
                82u8, 246u8, 28u8, 242u8, 74u8, 105u8, 100u8, 87u8, 51u8, 189u8, 161u8,
                244u8, 154u8, 34u8, 12u8, 75u8, 175u8, 168u8, 129u8, 7u8, 81u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    slotId: topics.1,
                    host: topics.2,
                    amount: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.slotId.clone(), self.host.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.slotId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.host,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for SlotPaid {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&SlotPaid> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &SlotPaid) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `SlotReserved(bytes32,uint64,address,uint64,uint256)` and selector `0xf7f23a9d1e8ae6cf5e2514abbcf97a4cffba18587c85b9248425d5105a301b9b`.
```solidity
event SlotReserved(bytes32 indexed requestId, uint64 indexed slotIndex, address indexed host, uint64 expiresAt, uint256 deposit);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct SlotReserved {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub slotIndex: u64,
        #[allow(missing_docs)]
        pub host: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub expiresAt: u64,
        #[allow(missing_docs)]
        pub deposit: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for SlotReserved {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "SlotReserved(bytes32,uint64,address,uint64,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                247u8, 242u8, 58u8, 157u8, 30u8, 138u8, 230u8, 207u8, 94u8, 37u8, 20u8,
                171u8, 188u8, 249u8, 122u8, 76u8, 255u8, 186u8, 24u8, 88u8, 124u8, 133u8,
                185u8, 36u8, 132u8, 37u8, 213u8, 16u8, 90u8, 48u8, 27u8, 155u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    requestId: topics.1,
                    slotIndex: topics.2,
                    host: topics.3,
                    expiresAt: data.0,
                    deposit: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiresAt),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.deposit),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.requestId.clone(),
                    self.slotIndex.clone(),
                    self.host.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                out[2usize] = <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.slotIndex);
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.host,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for SlotReserved {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&SlotReserved> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &SlotReserved) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `StorageRequested(bytes32,address,(uint64,uint64,uint64,uint64,uint256,uint256,uint64),uint64,uint256)` and selector `0xa0f8d354e6a897b29de3ffa6d4611b40e05e02be5e578df72c42784374608048`.
```solidity
event StorageRequested(bytes32 indexed requestId, address indexed client, IMarketplace.Ask ask, uint64 expiresAt, uint256 price);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct StorageRequested {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub client: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub ask: <IMarketplace::Ask as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub expiresAt: u64,
        #[allow(missing_docs)]
        pub price: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for StorageRequested {
            type DataTuple<'a> = (
                IMarketplace::Ask,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "StorageRequested(bytes32,address,(uint64,uint64,uint64,uint64,uint256,uint256,uint64),uint64,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                160u8, 248u8, 211u8, 84u8, 230u8, 168u8, 151u8, 178u8, 157u8, 227u8,
                255u8, 166u8, 212u8, 97u8, 27u8, 64u8, 224u8, 94u8, 2u8, 190u8, 94u8,
                87u8, 141u8, 247u8, 44u8, 66u8, 120u8, 67u8, 116u8, 96u8, 128u8, 72u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    requestId: topics.1,
                    client: topics.2,
                    ask: data.0,
                    expiresAt: data.1,
                    price: data.2,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <IMarketplace::Ask as alloy_sol_types::SolType>::tokenize(&self.ask),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiresAt),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.price),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.requestId.clone(),
                    self.client.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.client,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for StorageRequested {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&StorageRequested> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &StorageRequested) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    /**Constructor`.
```solidity
constructor(address token_, address verifier_, IMarketplace.Config config_);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {
        #[allow(missing_docs)]
        pub token_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub verifier_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub config_: <IMarketplace::Config as alloy::sol_types::SolType>::RustType,
    }
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                IMarketplace::Config,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                <IMarketplace::Config as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<constructorCall> for UnderlyingRustTuple<'_> {
                fn from(value: constructorCall) -> Self {
                    (value.token_, value.verifier_, value.config_)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        token_: tuple.0,
                        verifier_: tuple.1,
                        config_: tuple.2,
                    }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                IMarketplace::Config,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.token_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.verifier_,
                    ),
                    <IMarketplace::Config as alloy_sol_types::SolType>::tokenize(
                        &self.config_,
                    ),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `DEVNET_CHAIN_ID()` and selector `0xb3c19018`.
```solidity
function DEVNET_CHAIN_ID() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEVNET_CHAIN_IDCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`DEVNET_CHAIN_ID()`](DEVNET_CHAIN_IDCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEVNET_CHAIN_IDReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<DEVNET_CHAIN_IDCall> for UnderlyingRustTuple<'_> {
                fn from(value: DEVNET_CHAIN_IDCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for DEVNET_CHAIN_IDCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<DEVNET_CHAIN_IDReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEVNET_CHAIN_IDReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEVNET_CHAIN_IDReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for DEVNET_CHAIN_IDCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "DEVNET_CHAIN_ID()";
            const SELECTOR: [u8; 4] = [179u8, 193u8, 144u8, 24u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: DEVNET_CHAIN_IDReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: DEVNET_CHAIN_IDReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_CID_LENGTH()` and selector `0xa82da60d`.
```solidity
function MAX_CID_LENGTH() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_CID_LENGTHCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_CID_LENGTH()`](MAX_CID_LENGTHCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_CID_LENGTHReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_CID_LENGTHCall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_CID_LENGTHCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_CID_LENGTHCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_CID_LENGTHReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_CID_LENGTHReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_CID_LENGTHReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_CID_LENGTHCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_CID_LENGTH()";
            const SELECTOR: [u8; 4] = [168u8, 45u8, 166u8, 13u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: MAX_CID_LENGTHReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: MAX_CID_LENGTHReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_PRICE()` and selector `0x01c11d96`.
```solidity
function MAX_PRICE() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_PRICECall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_PRICE()`](MAX_PRICECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_PRICEReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_PRICECall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_PRICECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_PRICECall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_PRICEReturn> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_PRICEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_PRICEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_PRICECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_PRICE()";
            const SELECTOR: [u8; 4] = [1u8, 193u8, 29u8, 150u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: MAX_PRICEReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: MAX_PRICEReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_SLOTS()` and selector `0xc0f3f2e9`.
```solidity
function MAX_SLOTS() external view returns (uint64);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_SLOTSCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_SLOTS()`](MAX_SLOTSCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_SLOTSReturn {
        #[allow(missing_docs)]
        pub _0: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_SLOTSCall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_SLOTSCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_SLOTSCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_SLOTSReturn> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_SLOTSReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_SLOTSReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_SLOTSCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_SLOTS()";
            const SELECTOR: [u8; 4] = [192u8, 243u8, 242u8, 233u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: MAX_SLOTSReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: MAX_SLOTSReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `SNARK_SCALAR_FIELD()` and selector `0x25c2cd12`.
```solidity
function SNARK_SCALAR_FIELD() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SNARK_SCALAR_FIELDCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`SNARK_SCALAR_FIELD()`](SNARK_SCALAR_FIELDCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SNARK_SCALAR_FIELDReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<SNARK_SCALAR_FIELDCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: SNARK_SCALAR_FIELDCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for SNARK_SCALAR_FIELDCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<SNARK_SCALAR_FIELDReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: SNARK_SCALAR_FIELDReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for SNARK_SCALAR_FIELDReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for SNARK_SCALAR_FIELDCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SNARK_SCALAR_FIELD()";
            const SELECTOR: [u8; 4] = [37u8, 194u8, 205u8, 18u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: SNARK_SCALAR_FIELDReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: SNARK_SCALAR_FIELDReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `clientPayout(bytes32)` and selector `0xb7c1b4f0`.
```solidity
function clientPayout(bytes32 requestId) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct clientPayoutCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`clientPayout(bytes32)`](clientPayoutCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct clientPayoutReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<clientPayoutCall> for UnderlyingRustTuple<'_> {
                fn from(value: clientPayoutCall) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for clientPayoutCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<clientPayoutReturn> for UnderlyingRustTuple<'_> {
                fn from(value: clientPayoutReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for clientPayoutReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for clientPayoutCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "clientPayout(bytes32)";
            const SELECTOR: [u8; 4] = [183u8, 193u8, 180u8, 240u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: clientPayoutReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: clientPayoutReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `commitRandomness()` and selector `0xdf3c4167`.
```solidity
function commitRandomness() external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct commitRandomnessCall;
    ///Container type for the return parameters of the [`commitRandomness()`](commitRandomnessCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct commitRandomnessReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<commitRandomnessCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: commitRandomnessCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for commitRandomnessCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<commitRandomnessReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: commitRandomnessReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for commitRandomnessReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl commitRandomnessReturn {
            fn _tokenize(
                &self,
            ) -> <commitRandomnessCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for commitRandomnessCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = commitRandomnessReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "commitRandomness()";
            const SELECTOR: [u8; 4] = [223u8, 60u8, 65u8, 103u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                commitRandomnessReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `config()` and selector `0x79502c55`.
```solidity
function config() external view returns (IMarketplace.Config memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct configCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`config()`](configCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct configReturn {
        #[allow(missing_docs)]
        pub _0: <IMarketplace::Config as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<configCall> for UnderlyingRustTuple<'_> {
                fn from(value: configCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for configCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IMarketplace::Config,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IMarketplace::Config as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<configReturn> for UnderlyingRustTuple<'_> {
                fn from(value: configReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for configReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for configCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IMarketplace::Config as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IMarketplace::Config,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "config()";
            const SELECTOR: [u8; 4] = [121u8, 80u8, 44u8, 85u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IMarketplace::Config as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: configReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: configReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `currentPeriod()` and selector `0x06040618`.
```solidity
function currentPeriod() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct currentPeriodCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`currentPeriod()`](currentPeriodCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct currentPeriodReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<currentPeriodCall> for UnderlyingRustTuple<'_> {
                fn from(value: currentPeriodCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for currentPeriodCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<currentPeriodReturn> for UnderlyingRustTuple<'_> {
                fn from(value: currentPeriodReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for currentPeriodReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for currentPeriodCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "currentPeriod()";
            const SELECTOR: [u8; 4] = [6u8, 4u8, 6u8, 24u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: currentPeriodReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: currentPeriodReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `fillSlot(bytes32,uint64,(uint256[2],uint256[2][2],uint256[2]))` and selector `0x39311ef4`.
```solidity
function fillSlot(bytes32 requestId, uint64 slotIndex, Groth16Proof memory proof) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct fillSlotCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub slotIndex: u64,
        #[allow(missing_docs)]
        pub proof: <Groth16Proof as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`fillSlot(bytes32,uint64,(uint256[2],uint256[2][2],uint256[2]))`](fillSlotCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct fillSlotReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
                Groth16Proof,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                u64,
                <Groth16Proof as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<fillSlotCall> for UnderlyingRustTuple<'_> {
                fn from(value: fillSlotCall) -> Self {
                    (value.requestId, value.slotIndex, value.proof)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for fillSlotCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        requestId: tuple.0,
                        slotIndex: tuple.1,
                        proof: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<fillSlotReturn> for UnderlyingRustTuple<'_> {
                fn from(value: fillSlotReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for fillSlotReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl fillSlotReturn {
            fn _tokenize(
                &self,
            ) -> <fillSlotCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for fillSlotCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
                Groth16Proof,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = fillSlotReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "fillSlot(bytes32,uint64,(uint256[2],uint256[2][2],uint256[2]))";
            const SELECTOR: [u8; 4] = [57u8, 49u8, 30u8, 244u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.slotIndex),
                    <Groth16Proof as alloy_sol_types::SolType>::tokenize(&self.proof),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                fillSlotReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `freeSlot(bytes32)` and selector `0xa29c29a4`.
```solidity
function freeSlot(bytes32 id) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct freeSlotCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
    }
    ///Container type for the return parameters of the [`freeSlot(bytes32)`](freeSlotCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct freeSlotReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<freeSlotCall> for UnderlyingRustTuple<'_> {
                fn from(value: freeSlotCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for freeSlotCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<freeSlotReturn> for UnderlyingRustTuple<'_> {
                fn from(value: freeSlotReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for freeSlotReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl freeSlotReturn {
            fn _tokenize(
                &self,
            ) -> <freeSlotCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for freeSlotCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = freeSlotReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "freeSlot(bytes32)";
            const SELECTOR: [u8; 4] = [162u8, 156u8, 41u8, 164u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                freeSlotReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getActiveSlot(bytes32)` and selector `0xb396dc79`.
```solidity
function getActiveSlot(bytes32 id) external view returns (IMarketplace.Request memory request, uint64 slotIndex);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getActiveSlotCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    ///Container type for the return parameters of the [`getActiveSlot(bytes32)`](getActiveSlotCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getActiveSlotReturn {
        #[allow(missing_docs)]
        pub request: <IMarketplace::Request as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub slotIndex: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getActiveSlotCall> for UnderlyingRustTuple<'_> {
                fn from(value: getActiveSlotCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getActiveSlotCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                IMarketplace::Request,
                alloy::sol_types::sol_data::Uint<64>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IMarketplace::Request as alloy::sol_types::SolType>::RustType,
                u64,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getActiveSlotReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getActiveSlotReturn) -> Self {
                    (value.request, value.slotIndex)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getActiveSlotReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        request: tuple.0,
                        slotIndex: tuple.1,
                    }
                }
            }
        }
        impl getActiveSlotReturn {
            fn _tokenize(
                &self,
            ) -> <getActiveSlotCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <IMarketplace::Request as alloy_sol_types::SolType>::tokenize(
                        &self.request,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.slotIndex),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getActiveSlotCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = getActiveSlotReturn;
            type ReturnTuple<'a> = (
                IMarketplace::Request,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getActiveSlot(bytes32)";
            const SELECTOR: [u8; 4] = [179u8, 150u8, 220u8, 121u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                getActiveSlotReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getChallenge(bytes32,address)` and selector `0x5b29a84e`.
```solidity
function getChallenge(bytes32 id, address host) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getChallengeCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub host: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getChallenge(bytes32,address)`](getChallengeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getChallengeReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getChallengeCall> for UnderlyingRustTuple<'_> {
                fn from(value: getChallengeCall) -> Self {
                    (value.id, value.host)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getChallengeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0, host: tuple.1 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getChallengeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getChallengeReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getChallengeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getChallengeCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getChallenge(bytes32,address)";
            const SELECTOR: [u8; 4] = [91u8, 41u8, 168u8, 78u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.host,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getChallengeReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: getChallengeReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getChallengeIn(bytes32,uint256,address)` and selector `0xd424e7e0`.
```solidity
function getChallengeIn(bytes32 id, uint256 period, address host) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getChallengeInCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub period: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub host: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getChallengeIn(bytes32,uint256,address)`](getChallengeInCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getChallengeInReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getChallengeInCall> for UnderlyingRustTuple<'_> {
                fn from(value: getChallengeInCall) -> Self {
                    (value.id, value.period, value.host)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getChallengeInCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        id: tuple.0,
                        period: tuple.1,
                        host: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getChallengeInReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: getChallengeInReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for getChallengeInReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getChallengeInCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getChallengeIn(bytes32,uint256,address)";
            const SELECTOR: [u8; 4] = [212u8, 36u8, 231u8, 224u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.period),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.host,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getChallengeInReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: getChallengeInReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getHost(bytes32)` and selector `0x6b00c8cf`.
```solidity
function getHost(bytes32 id) external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getHostCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getHost(bytes32)`](getHostCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getHostReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getHostCall> for UnderlyingRustTuple<'_> {
                fn from(value: getHostCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getHostCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getHostReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getHostReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getHostReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getHostCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getHost(bytes32)";
            const SELECTOR: [u8; 4] = [107u8, 0u8, 200u8, 207u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getHostReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: getHostReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getRequest(bytes32)` and selector `0xfb1e61ca`.
```solidity
function getRequest(bytes32 requestId) external view returns (IMarketplace.Request memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getRequestCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    ///Container type for the return parameters of the [`getRequest(bytes32)`](getRequestCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getRequestReturn {
        #[allow(missing_docs)]
        pub _0: <IMarketplace::Request as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getRequestCall> for UnderlyingRustTuple<'_> {
                fn from(value: getRequestCall) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getRequestCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IMarketplace::Request,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IMarketplace::Request as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getRequestReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getRequestReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getRequestReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getRequestCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IMarketplace::Request as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IMarketplace::Request,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getRequest(bytes32)";
            const SELECTOR: [u8; 4] = [251u8, 30u8, 97u8, 202u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IMarketplace::Request as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getRequestReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: getRequestReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getRequestInfo(bytes32)` and selector `0x82d67e5a`.
```solidity
function getRequestInfo(bytes32 requestId) external view returns (IMarketplace.RequestInfo memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getRequestInfoCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    ///Container type for the return parameters of the [`getRequestInfo(bytes32)`](getRequestInfoCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getRequestInfoReturn {
        #[allow(missing_docs)]
        pub _0: <IMarketplace::RequestInfo as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getRequestInfoCall> for UnderlyingRustTuple<'_> {
                fn from(value: getRequestInfoCall) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getRequestInfoCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IMarketplace::RequestInfo,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IMarketplace::RequestInfo as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getRequestInfoReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: getRequestInfoReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for getRequestInfoReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getRequestInfoCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IMarketplace::RequestInfo as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IMarketplace::RequestInfo,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getRequestInfo(bytes32)";
            const SELECTOR: [u8; 4] = [130u8, 214u8, 126u8, 90u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IMarketplace::RequestInfo as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getRequestInfoReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: getRequestInfoReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getReservationExpiry(bytes32,address)` and selector `0x7bde51ae`.
```solidity
function getReservationExpiry(bytes32 id, address host) external view returns (uint64);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getReservationExpiryCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub host: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getReservationExpiry(bytes32,address)`](getReservationExpiryCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getReservationExpiryReturn {
        #[allow(missing_docs)]
        pub _0: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getReservationExpiryCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: getReservationExpiryCall) -> Self {
                    (value.id, value.host)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for getReservationExpiryCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0, host: tuple.1 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getReservationExpiryReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: getReservationExpiryReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for getReservationExpiryReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getReservationExpiryCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getReservationExpiry(bytes32,address)";
            const SELECTOR: [u8; 4] = [123u8, 222u8, 81u8, 174u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.host,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getReservationExpiryReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: getReservationExpiryReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getReservations(bytes32)` and selector `0x748de917`.
```solidity
function getReservations(bytes32 id) external view returns (address[] memory hosts);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getReservationsCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getReservations(bytes32)`](getReservationsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getReservationsReturn {
        #[allow(missing_docs)]
        pub hosts: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getReservationsCall> for UnderlyingRustTuple<'_> {
                fn from(value: getReservationsCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getReservationsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getReservationsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: getReservationsReturn) -> Self {
                    (value.hosts,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for getReservationsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { hosts: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getReservationsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Vec<
                alloy::sol_types::private::Address,
            >;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getReservations(bytes32)";
            const SELECTOR: [u8; 4] = [116u8, 141u8, 233u8, 23u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Address,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getReservationsReturn = r.into();
                        r.hosts
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: getReservationsReturn = r.into();
                        r.hosts
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getSlot(bytes32)` and selector `0x6317e00b`.
```solidity
function getSlot(bytes32 id) external view returns (IMarketplace.SlotInfo memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getSlotCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    ///Container type for the return parameters of the [`getSlot(bytes32)`](getSlotCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getSlotReturn {
        #[allow(missing_docs)]
        pub _0: <IMarketplace::SlotInfo as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getSlotCall> for UnderlyingRustTuple<'_> {
                fn from(value: getSlotCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getSlotCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IMarketplace::SlotInfo,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IMarketplace::SlotInfo as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getSlotReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getSlotReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getSlotReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getSlotCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IMarketplace::SlotInfo as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IMarketplace::SlotInfo,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getSlot(bytes32)";
            const SELECTOR: [u8; 4] = [99u8, 23u8, 224u8, 11u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IMarketplace::SlotInfo as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getSlotReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: getSlotReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `isProofRequired(bytes32)` and selector `0xc0cc4add`.
```solidity
function isProofRequired(bytes32 id) external view returns (bool required);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isProofRequiredCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`isProofRequired(bytes32)`](isProofRequiredCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isProofRequiredReturn {
        #[allow(missing_docs)]
        pub required: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isProofRequiredCall> for UnderlyingRustTuple<'_> {
                fn from(value: isProofRequiredCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isProofRequiredCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isProofRequiredReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: isProofRequiredReturn) -> Self {
                    (value.required,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for isProofRequiredReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { required: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for isProofRequiredCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "isProofRequired(bytes32)";
            const SELECTOR: [u8; 4] = [192u8, 204u8, 74u8, 221u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: isProofRequiredReturn = r.into();
                        r.required
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: isProofRequiredReturn = r.into();
                        r.required
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `isProofRequiredIn(bytes32,uint256)` and selector `0xf3b8bd5e`.
```solidity
function isProofRequiredIn(bytes32 id, uint256 period) external view returns (bool required);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isProofRequiredInCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub period: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`isProofRequiredIn(bytes32,uint256)`](isProofRequiredInCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isProofRequiredInReturn {
        #[allow(missing_docs)]
        pub required: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isProofRequiredInCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: isProofRequiredInCall) -> Self {
                    (value.id, value.period)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for isProofRequiredInCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        id: tuple.0,
                        period: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isProofRequiredInReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: isProofRequiredInReturn) -> Self {
                    (value.required,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for isProofRequiredInReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { required: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for isProofRequiredInCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "isProofRequiredIn(bytes32,uint256)";
            const SELECTOR: [u8; 4] = [243u8, 184u8, 189u8, 94u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.period),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: isProofRequiredInReturn = r.into();
                        r.required
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: isProofRequiredInReturn = r.into();
                        r.required
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `markProofAsMissing(bytes32,uint256)` and selector `0x08695fcd`.
```solidity
function markProofAsMissing(bytes32 id, uint256 period) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct markProofAsMissingCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub period: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`markProofAsMissing(bytes32,uint256)`](markProofAsMissingCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct markProofAsMissingReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<markProofAsMissingCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: markProofAsMissingCall) -> Self {
                    (value.id, value.period)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for markProofAsMissingCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        id: tuple.0,
                        period: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<markProofAsMissingReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: markProofAsMissingReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for markProofAsMissingReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl markProofAsMissingReturn {
            fn _tokenize(
                &self,
            ) -> <markProofAsMissingCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for markProofAsMissingCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = markProofAsMissingReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "markProofAsMissing(bytes32,uint256)";
            const SELECTOR: [u8; 4] = [8u8, 105u8, 95u8, 205u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.period),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                markProofAsMissingReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `missingProofs(bytes32)` and selector `0xf752196b`.
```solidity
function missingProofs(bytes32 id) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct missingProofsCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`missingProofs(bytes32)`](missingProofsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct missingProofsReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<missingProofsCall> for UnderlyingRustTuple<'_> {
                fn from(value: missingProofsCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for missingProofsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<missingProofsReturn> for UnderlyingRustTuple<'_> {
                fn from(value: missingProofsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for missingProofsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for missingProofsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "missingProofs(bytes32)";
            const SELECTOR: [u8; 4] = [247u8, 82u8, 25u8, 107u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: missingProofsReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: missingProofsReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `periodEnd(uint256)` and selector `0x27614ec4`.
```solidity
function periodEnd(uint256 period) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct periodEndCall {
        #[allow(missing_docs)]
        pub period: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`periodEnd(uint256)`](periodEndCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct periodEndReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<periodEndCall> for UnderlyingRustTuple<'_> {
                fn from(value: periodEndCall) -> Self {
                    (value.period,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for periodEndCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { period: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<periodEndReturn> for UnderlyingRustTuple<'_> {
                fn from(value: periodEndReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for periodEndReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for periodEndCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "periodEnd(uint256)";
            const SELECTOR: [u8; 4] = [39u8, 97u8, 78u8, 196u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.period),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: periodEndReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: periodEndReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `periodSeed(uint256)` and selector `0x42656f66`.
```solidity
function periodSeed(uint256 period) external view returns (bytes32 seed, bool known, bool binding);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct periodSeedCall {
        #[allow(missing_docs)]
        pub period: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`periodSeed(uint256)`](periodSeedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct periodSeedReturn {
        #[allow(missing_docs)]
        pub seed: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub known: bool,
        #[allow(missing_docs)]
        pub binding: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<periodSeedCall> for UnderlyingRustTuple<'_> {
                fn from(value: periodSeedCall) -> Self {
                    (value.period,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for periodSeedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { period: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Bool,
                alloy::sol_types::sol_data::Bool,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                bool,
                bool,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<periodSeedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: periodSeedReturn) -> Self {
                    (value.seed, value.known, value.binding)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for periodSeedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        seed: tuple.0,
                        known: tuple.1,
                        binding: tuple.2,
                    }
                }
            }
        }
        impl periodSeedReturn {
            fn _tokenize(
                &self,
            ) -> <periodSeedCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.seed),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.known,
                    ),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.binding,
                    ),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for periodSeedCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = periodSeedReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Bool,
                alloy::sol_types::sol_data::Bool,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "periodSeed(uint256)";
            const SELECTOR: [u8; 4] = [66u8, 101u8, 111u8, 102u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.period),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                periodSeedReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `periodStart(uint256)` and selector `0xa36f1255`.
```solidity
function periodStart(uint256 period) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct periodStartCall {
        #[allow(missing_docs)]
        pub period: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`periodStart(uint256)`](periodStartCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct periodStartReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<periodStartCall> for UnderlyingRustTuple<'_> {
                fn from(value: periodStartCall) -> Self {
                    (value.period,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for periodStartCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { period: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<periodStartReturn> for UnderlyingRustTuple<'_> {
                fn from(value: periodStartReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for periodStartReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for periodStartCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "periodStart(uint256)";
            const SELECTOR: [u8; 4] = [163u8, 111u8, 18u8, 85u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.period),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: periodStartReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: periodStartReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `proofReceived(bytes32,uint256)` and selector `0x278a3caf`.
```solidity
function proofReceived(bytes32 id, uint256 period) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proofReceivedCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub period: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`proofReceived(bytes32,uint256)`](proofReceivedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proofReceivedReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<proofReceivedCall> for UnderlyingRustTuple<'_> {
                fn from(value: proofReceivedCall) -> Self {
                    (value.id, value.period)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for proofReceivedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        id: tuple.0,
                        period: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<proofReceivedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: proofReceivedReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for proofReceivedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for proofReceivedCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "proofReceived(bytes32,uint256)";
            const SELECTOR: [u8; 4] = [39u8, 138u8, 60u8, 175u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.period),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: proofReceivedReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: proofReceivedReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `requestState(bytes32)` and selector `0x05b90773`.
```solidity
function requestState(bytes32 requestId) external view returns (IMarketplace.RequestState);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestStateCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`requestState(bytes32)`](requestStateCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestStateReturn {
        #[allow(missing_docs)]
        pub _0: <IMarketplace::RequestState as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<requestStateCall> for UnderlyingRustTuple<'_> {
                fn from(value: requestStateCall) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for requestStateCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IMarketplace::RequestState,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IMarketplace::RequestState as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<requestStateReturn> for UnderlyingRustTuple<'_> {
                fn from(value: requestStateReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for requestStateReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for requestStateCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IMarketplace::RequestState as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IMarketplace::RequestState,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "requestState(bytes32)";
            const SELECTOR: [u8; 4] = [5u8, 185u8, 7u8, 115u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <IMarketplace::RequestState as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: requestStateReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: requestStateReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    /**Function with signature `requestStorage((address,(uint64,uint64,uint64,uint64,uint256,uint256,uint64),(bytes,bytes32),uint64,bytes32))` and selector `0x0d283a82`.
```solidity
function requestStorage(IMarketplace.Request memory request) external returns (bytes32 requestId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestStorageCall {
        #[allow(missing_docs)]
        pub request: <IMarketplace::Request as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`requestStorage((address,(uint64,uint64,uint64,uint64,uint256,uint256,uint64),(bytes,bytes32),uint64,bytes32))`](requestStorageCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestStorageReturn {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IMarketplace::Request,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IMarketplace::Request as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<requestStorageCall> for UnderlyingRustTuple<'_> {
                fn from(value: requestStorageCall) -> Self {
                    (value.request,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for requestStorageCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { request: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<requestStorageReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: requestStorageReturn) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for requestStorageReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for requestStorageCall {
            type Parameters<'a> = (IMarketplace::Request,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "requestStorage((address,(uint64,uint64,uint64,uint64,uint256,uint256,uint64),(bytes,bytes32),uint64,bytes32))";
            const SELECTOR: [u8; 4] = [13u8, 40u8, 58u8, 130u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <IMarketplace::Request as alloy_sol_types::SolType>::tokenize(
                        &self.request,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: requestStorageReturn = r.into();
                        r.requestId
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: requestStorageReturn = r.into();
                        r.requestId
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `reservationDeposit(bytes32)` and selector `0xbbbb564f`.
```solidity
function reservationDeposit(bytes32 requestId) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct reservationDepositCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`reservationDeposit(bytes32)`](reservationDepositCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct reservationDepositReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<reservationDepositCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: reservationDepositCall) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for reservationDepositCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<reservationDepositReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: reservationDepositReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for reservationDepositReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for reservationDepositCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "reservationDeposit(bytes32)";
            const SELECTOR: [u8; 4] = [187u8, 187u8, 86u8, 79u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: reservationDepositReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: reservationDepositReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `reserveSlot(bytes32,uint64)` and selector `0x12827602`.
```solidity
function reserveSlot(bytes32 requestId, uint64 slotIndex) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct reserveSlotCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub slotIndex: u64,
    }
    ///Container type for the return parameters of the [`reserveSlot(bytes32,uint64)`](reserveSlotCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct reserveSlotReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                u64,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<reserveSlotCall> for UnderlyingRustTuple<'_> {
                fn from(value: reserveSlotCall) -> Self {
                    (value.requestId, value.slotIndex)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for reserveSlotCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        requestId: tuple.0,
                        slotIndex: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<reserveSlotReturn> for UnderlyingRustTuple<'_> {
                fn from(value: reserveSlotReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for reserveSlotReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl reserveSlotReturn {
            fn _tokenize(
                &self,
            ) -> <reserveSlotCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for reserveSlotCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = reserveSlotReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "reserveSlot(bytes32,uint64)";
            const SELECTOR: [u8; 4] = [18u8, 130u8, 118u8, 2u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.slotIndex),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                reserveSlotReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `slotId(bytes32,uint64)` and selector `0x5f350213`.
```solidity
function slotId(bytes32 requestId, uint64 slotIndex) external pure returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slotIdCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub slotIndex: u64,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`slotId(bytes32,uint64)`](slotIdCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slotIdReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                u64,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slotIdCall> for UnderlyingRustTuple<'_> {
                fn from(value: slotIdCall) -> Self {
                    (value.requestId, value.slotIndex)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slotIdCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        requestId: tuple.0,
                        slotIndex: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slotIdReturn> for UnderlyingRustTuple<'_> {
                fn from(value: slotIdReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slotIdReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for slotIdCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "slotId(bytes32,uint64)";
            const SELECTOR: [u8; 4] = [95u8, 53u8, 2u8, 19u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.slotIndex),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: slotIdReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: slotIdReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `slotPayout(bytes32)` and selector `0x00f74588`.
```solidity
function slotPayout(bytes32 id) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slotPayoutCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`slotPayout(bytes32)`](slotPayoutCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slotPayoutReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slotPayoutCall> for UnderlyingRustTuple<'_> {
                fn from(value: slotPayoutCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slotPayoutCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slotPayoutReturn> for UnderlyingRustTuple<'_> {
                fn from(value: slotPayoutReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slotPayoutReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for slotPayoutCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "slotPayout(bytes32)";
            const SELECTOR: [u8; 4] = [0u8, 247u8, 69u8, 136u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: slotPayoutReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: slotPayoutReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `slotState(bytes32)` and selector `0xbe5cdc48`.
```solidity
function slotState(bytes32 id) external view returns (IMarketplace.SlotState);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slotStateCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`slotState(bytes32)`](slotStateCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slotStateReturn {
        #[allow(missing_docs)]
        pub _0: <IMarketplace::SlotState as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slotStateCall> for UnderlyingRustTuple<'_> {
                fn from(value: slotStateCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slotStateCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IMarketplace::SlotState,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IMarketplace::SlotState as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slotStateReturn> for UnderlyingRustTuple<'_> {
                fn from(value: slotStateReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slotStateReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for slotStateCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IMarketplace::SlotState as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IMarketplace::SlotState,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "slotState(bytes32)";
            const SELECTOR: [u8; 4] = [190u8, 92u8, 220u8, 72u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IMarketplace::SlotState as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: slotStateReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: slotStateReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `slotStateAt(bytes32,uint64)` and selector `0x75710579`.
```solidity
function slotStateAt(bytes32 requestId, uint64 slotIndex) external view returns (IMarketplace.SlotState);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slotStateAtCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub slotIndex: u64,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`slotStateAt(bytes32,uint64)`](slotStateAtCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slotStateAtReturn {
        #[allow(missing_docs)]
        pub _0: <IMarketplace::SlotState as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                u64,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slotStateAtCall> for UnderlyingRustTuple<'_> {
                fn from(value: slotStateAtCall) -> Self {
                    (value.requestId, value.slotIndex)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slotStateAtCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        requestId: tuple.0,
                        slotIndex: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IMarketplace::SlotState,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IMarketplace::SlotState as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slotStateAtReturn> for UnderlyingRustTuple<'_> {
                fn from(value: slotStateAtReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slotStateAtReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for slotStateAtCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IMarketplace::SlotState as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IMarketplace::SlotState,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "slotStateAt(bytes32,uint64)";
            const SELECTOR: [u8; 4] = [117u8, 113u8, 5u8, 121u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.slotIndex),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IMarketplace::SlotState as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: slotStateAtReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: slotStateAtReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `submitProof(bytes32,(uint256[2],uint256[2][2],uint256[2]))` and selector `0x068edcda`.
```solidity
function submitProof(bytes32 id, Groth16Proof memory proof) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct submitProofCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub proof: <Groth16Proof as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`submitProof(bytes32,(uint256[2],uint256[2][2],uint256[2]))`](submitProofCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct submitProofReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                Groth16Proof,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                <Groth16Proof as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<submitProofCall> for UnderlyingRustTuple<'_> {
                fn from(value: submitProofCall) -> Self {
                    (value.id, value.proof)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for submitProofCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        id: tuple.0,
                        proof: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<submitProofReturn> for UnderlyingRustTuple<'_> {
                fn from(value: submitProofReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for submitProofReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl submitProofReturn {
            fn _tokenize(
                &self,
            ) -> <submitProofCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for submitProofCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                Groth16Proof,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = submitProofReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "submitProof(bytes32,(uint256[2],uint256[2][2],uint256[2]))";
            const SELECTOR: [u8; 4] = [6u8, 142u8, 220u8, 218u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                    <Groth16Proof as alloy_sol_types::SolType>::tokenize(&self.proof),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                submitProofReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `token()` and selector `0xfc0c546a`.
```solidity
function token() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct tokenCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`token()`](tokenCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct tokenReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<tokenCall> for UnderlyingRustTuple<'_> {
                fn from(value: tokenCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for tokenCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<tokenReturn> for UnderlyingRustTuple<'_> {
                fn from(value: tokenReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for tokenReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for tokenCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "token()";
            const SELECTOR: [u8; 4] = [252u8, 12u8, 84u8, 106u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: tokenReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: tokenReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `verifier()` and selector `0x2b7ac3f3`.
```solidity
function verifier() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct verifierCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`verifier()`](verifierCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct verifierReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<verifierCall> for UnderlyingRustTuple<'_> {
                fn from(value: verifierCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for verifierCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<verifierReturn> for UnderlyingRustTuple<'_> {
                fn from(value: verifierReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for verifierReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for verifierCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "verifier()";
            const SELECTOR: [u8; 4] = [43u8, 122u8, 195u8, 243u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: verifierReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: verifierReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `willProofBeRequired(bytes32)` and selector `0xa3a0807e`.
```solidity
function willProofBeRequired(bytes32 id) external view returns (bool required);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct willProofBeRequiredCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`willProofBeRequired(bytes32)`](willProofBeRequiredCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct willProofBeRequiredReturn {
        #[allow(missing_docs)]
        pub required: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<willProofBeRequiredCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: willProofBeRequiredCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for willProofBeRequiredCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<willProofBeRequiredReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: willProofBeRequiredReturn) -> Self {
                    (value.required,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for willProofBeRequiredReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { required: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for willProofBeRequiredCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "willProofBeRequired(bytes32)";
            const SELECTOR: [u8; 4] = [163u8, 160u8, 128u8, 126u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: willProofBeRequiredReturn = r.into();
                        r.required
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: willProofBeRequiredReturn = r.into();
                        r.required
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `withdrawFunds(bytes32)` and selector `0x6e2b54ee`.
```solidity
function withdrawFunds(bytes32 requestId) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawFundsCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::FixedBytes<32>,
    }
    ///Container type for the return parameters of the [`withdrawFunds(bytes32)`](withdrawFundsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawFundsReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<withdrawFundsCall> for UnderlyingRustTuple<'_> {
                fn from(value: withdrawFundsCall) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for withdrawFundsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<withdrawFundsReturn> for UnderlyingRustTuple<'_> {
                fn from(value: withdrawFundsReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for withdrawFundsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl withdrawFundsReturn {
            fn _tokenize(
                &self,
            ) -> <withdrawFundsCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for withdrawFundsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = withdrawFundsReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "withdrawFunds(bytes32)";
            const SELECTOR: [u8; 4] = [110u8, 43u8, 84u8, 238u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                withdrawFundsReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    ///Container for all the [`Marketplace`](self) function calls.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    pub enum MarketplaceCalls {
        #[allow(missing_docs)]
        DEVNET_CHAIN_ID(DEVNET_CHAIN_IDCall),
        #[allow(missing_docs)]
        MAX_CID_LENGTH(MAX_CID_LENGTHCall),
        #[allow(missing_docs)]
        MAX_PRICE(MAX_PRICECall),
        #[allow(missing_docs)]
        MAX_SLOTS(MAX_SLOTSCall),
        #[allow(missing_docs)]
        SNARK_SCALAR_FIELD(SNARK_SCALAR_FIELDCall),
        #[allow(missing_docs)]
        clientPayout(clientPayoutCall),
        #[allow(missing_docs)]
        commitRandomness(commitRandomnessCall),
        #[allow(missing_docs)]
        config(configCall),
        #[allow(missing_docs)]
        currentPeriod(currentPeriodCall),
        #[allow(missing_docs)]
        fillSlot(fillSlotCall),
        #[allow(missing_docs)]
        freeSlot(freeSlotCall),
        #[allow(missing_docs)]
        getActiveSlot(getActiveSlotCall),
        #[allow(missing_docs)]
        getChallenge(getChallengeCall),
        #[allow(missing_docs)]
        getChallengeIn(getChallengeInCall),
        #[allow(missing_docs)]
        getHost(getHostCall),
        #[allow(missing_docs)]
        getRequest(getRequestCall),
        #[allow(missing_docs)]
        getRequestInfo(getRequestInfoCall),
        #[allow(missing_docs)]
        getReservationExpiry(getReservationExpiryCall),
        #[allow(missing_docs)]
        getReservations(getReservationsCall),
        #[allow(missing_docs)]
        getSlot(getSlotCall),
        #[allow(missing_docs)]
        isProofRequired(isProofRequiredCall),
        #[allow(missing_docs)]
        isProofRequiredIn(isProofRequiredInCall),
        #[allow(missing_docs)]
        markProofAsMissing(markProofAsMissingCall),
        #[allow(missing_docs)]
        missingProofs(missingProofsCall),
        #[allow(missing_docs)]
        periodEnd(periodEndCall),
        #[allow(missing_docs)]
        periodSeed(periodSeedCall),
        #[allow(missing_docs)]
        periodStart(periodStartCall),
        #[allow(missing_docs)]
        proofReceived(proofReceivedCall),
        #[allow(missing_docs)]
        requestState(requestStateCall),
        #[allow(missing_docs)]
        requestStorage(requestStorageCall),
        #[allow(missing_docs)]
        reservationDeposit(reservationDepositCall),
        #[allow(missing_docs)]
        reserveSlot(reserveSlotCall),
        #[allow(missing_docs)]
        slotId(slotIdCall),
        #[allow(missing_docs)]
        slotPayout(slotPayoutCall),
        #[allow(missing_docs)]
        slotState(slotStateCall),
        #[allow(missing_docs)]
        slotStateAt(slotStateAtCall),
        #[allow(missing_docs)]
        submitProof(submitProofCall),
        #[allow(missing_docs)]
        token(tokenCall),
        #[allow(missing_docs)]
        verifier(verifierCall),
        #[allow(missing_docs)]
        willProofBeRequired(willProofBeRequiredCall),
        #[allow(missing_docs)]
        withdrawFunds(withdrawFundsCall),
    }
    impl MarketplaceCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [0u8, 247u8, 69u8, 136u8],
            [1u8, 193u8, 29u8, 150u8],
            [5u8, 185u8, 7u8, 115u8],
            [6u8, 4u8, 6u8, 24u8],
            [6u8, 142u8, 220u8, 218u8],
            [8u8, 105u8, 95u8, 205u8],
            [13u8, 40u8, 58u8, 130u8],
            [18u8, 130u8, 118u8, 2u8],
            [37u8, 194u8, 205u8, 18u8],
            [39u8, 97u8, 78u8, 196u8],
            [39u8, 138u8, 60u8, 175u8],
            [43u8, 122u8, 195u8, 243u8],
            [57u8, 49u8, 30u8, 244u8],
            [66u8, 101u8, 111u8, 102u8],
            [91u8, 41u8, 168u8, 78u8],
            [95u8, 53u8, 2u8, 19u8],
            [99u8, 23u8, 224u8, 11u8],
            [107u8, 0u8, 200u8, 207u8],
            [110u8, 43u8, 84u8, 238u8],
            [116u8, 141u8, 233u8, 23u8],
            [117u8, 113u8, 5u8, 121u8],
            [121u8, 80u8, 44u8, 85u8],
            [123u8, 222u8, 81u8, 174u8],
            [130u8, 214u8, 126u8, 90u8],
            [162u8, 156u8, 41u8, 164u8],
            [163u8, 111u8, 18u8, 85u8],
            [163u8, 160u8, 128u8, 126u8],
            [168u8, 45u8, 166u8, 13u8],
            [179u8, 150u8, 220u8, 121u8],
            [179u8, 193u8, 144u8, 24u8],
            [183u8, 193u8, 180u8, 240u8],
            [187u8, 187u8, 86u8, 79u8],
            [190u8, 92u8, 220u8, 72u8],
            [192u8, 204u8, 74u8, 221u8],
            [192u8, 243u8, 242u8, 233u8],
            [212u8, 36u8, 231u8, 224u8],
            [223u8, 60u8, 65u8, 103u8],
            [243u8, 184u8, 189u8, 94u8],
            [247u8, 82u8, 25u8, 107u8],
            [251u8, 30u8, 97u8, 202u8],
            [252u8, 12u8, 84u8, 106u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(slotPayout),
            ::core::stringify!(MAX_PRICE),
            ::core::stringify!(requestState),
            ::core::stringify!(currentPeriod),
            ::core::stringify!(submitProof),
            ::core::stringify!(markProofAsMissing),
            ::core::stringify!(requestStorage),
            ::core::stringify!(reserveSlot),
            ::core::stringify!(SNARK_SCALAR_FIELD),
            ::core::stringify!(periodEnd),
            ::core::stringify!(proofReceived),
            ::core::stringify!(verifier),
            ::core::stringify!(fillSlot),
            ::core::stringify!(periodSeed),
            ::core::stringify!(getChallenge),
            ::core::stringify!(slotId),
            ::core::stringify!(getSlot),
            ::core::stringify!(getHost),
            ::core::stringify!(withdrawFunds),
            ::core::stringify!(getReservations),
            ::core::stringify!(slotStateAt),
            ::core::stringify!(config),
            ::core::stringify!(getReservationExpiry),
            ::core::stringify!(getRequestInfo),
            ::core::stringify!(freeSlot),
            ::core::stringify!(periodStart),
            ::core::stringify!(willProofBeRequired),
            ::core::stringify!(MAX_CID_LENGTH),
            ::core::stringify!(getActiveSlot),
            ::core::stringify!(DEVNET_CHAIN_ID),
            ::core::stringify!(clientPayout),
            ::core::stringify!(reservationDeposit),
            ::core::stringify!(slotState),
            ::core::stringify!(isProofRequired),
            ::core::stringify!(MAX_SLOTS),
            ::core::stringify!(getChallengeIn),
            ::core::stringify!(commitRandomness),
            ::core::stringify!(isProofRequiredIn),
            ::core::stringify!(missingProofs),
            ::core::stringify!(getRequest),
            ::core::stringify!(token),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <slotPayoutCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_PRICECall as alloy_sol_types::SolCall>::SIGNATURE,
            <requestStateCall as alloy_sol_types::SolCall>::SIGNATURE,
            <currentPeriodCall as alloy_sol_types::SolCall>::SIGNATURE,
            <submitProofCall as alloy_sol_types::SolCall>::SIGNATURE,
            <markProofAsMissingCall as alloy_sol_types::SolCall>::SIGNATURE,
            <requestStorageCall as alloy_sol_types::SolCall>::SIGNATURE,
            <reserveSlotCall as alloy_sol_types::SolCall>::SIGNATURE,
            <SNARK_SCALAR_FIELDCall as alloy_sol_types::SolCall>::SIGNATURE,
            <periodEndCall as alloy_sol_types::SolCall>::SIGNATURE,
            <proofReceivedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <verifierCall as alloy_sol_types::SolCall>::SIGNATURE,
            <fillSlotCall as alloy_sol_types::SolCall>::SIGNATURE,
            <periodSeedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getChallengeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slotIdCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getSlotCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getHostCall as alloy_sol_types::SolCall>::SIGNATURE,
            <withdrawFundsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getReservationsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slotStateAtCall as alloy_sol_types::SolCall>::SIGNATURE,
            <configCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getReservationExpiryCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getRequestInfoCall as alloy_sol_types::SolCall>::SIGNATURE,
            <freeSlotCall as alloy_sol_types::SolCall>::SIGNATURE,
            <periodStartCall as alloy_sol_types::SolCall>::SIGNATURE,
            <willProofBeRequiredCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_CID_LENGTHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getActiveSlotCall as alloy_sol_types::SolCall>::SIGNATURE,
            <DEVNET_CHAIN_IDCall as alloy_sol_types::SolCall>::SIGNATURE,
            <clientPayoutCall as alloy_sol_types::SolCall>::SIGNATURE,
            <reservationDepositCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slotStateCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isProofRequiredCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_SLOTSCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getChallengeInCall as alloy_sol_types::SolCall>::SIGNATURE,
            <commitRandomnessCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isProofRequiredInCall as alloy_sol_types::SolCall>::SIGNATURE,
            <missingProofsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getRequestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <tokenCall as alloy_sol_types::SolCall>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for MarketplaceCalls {
        const NAME: &'static str = "MarketplaceCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 41usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::DEVNET_CHAIN_ID(_) => {
                    <DEVNET_CHAIN_IDCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_CID_LENGTH(_) => {
                    <MAX_CID_LENGTHCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_PRICE(_) => {
                    <MAX_PRICECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_SLOTS(_) => {
                    <MAX_SLOTSCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::SNARK_SCALAR_FIELD(_) => {
                    <SNARK_SCALAR_FIELDCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::clientPayout(_) => {
                    <clientPayoutCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::commitRandomness(_) => {
                    <commitRandomnessCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::config(_) => <configCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::currentPeriod(_) => {
                    <currentPeriodCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::fillSlot(_) => <fillSlotCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::freeSlot(_) => <freeSlotCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::getActiveSlot(_) => {
                    <getActiveSlotCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getChallenge(_) => {
                    <getChallengeCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getChallengeIn(_) => {
                    <getChallengeInCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getHost(_) => <getHostCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::getRequest(_) => {
                    <getRequestCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getRequestInfo(_) => {
                    <getRequestInfoCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getReservationExpiry(_) => {
                    <getReservationExpiryCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getReservations(_) => {
                    <getReservationsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getSlot(_) => <getSlotCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::isProofRequired(_) => {
                    <isProofRequiredCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::isProofRequiredIn(_) => {
                    <isProofRequiredInCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::markProofAsMissing(_) => {
                    <markProofAsMissingCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::missingProofs(_) => {
                    <missingProofsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::periodEnd(_) => {
                    <periodEndCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::periodSeed(_) => {
                    <periodSeedCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::periodStart(_) => {
                    <periodStartCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::proofReceived(_) => {
                    <proofReceivedCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::requestState(_) => {
                    <requestStateCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::requestStorage(_) => {
                    <requestStorageCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::reservationDeposit(_) => {
                    <reservationDepositCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::reserveSlot(_) => {
                    <reserveSlotCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::slotId(_) => <slotIdCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::slotPayout(_) => {
                    <slotPayoutCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::slotState(_) => {
                    <slotStateCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::slotStateAt(_) => {
                    <slotStateAtCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::submitProof(_) => {
                    <submitProofCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::token(_) => <tokenCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::verifier(_) => <verifierCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::willProofBeRequired(_) => {
                    <willProofBeRequiredCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::withdrawFunds(_) => {
                    <withdrawFundsCall as alloy_sol_types::SolCall>::SELECTOR
                }
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<MarketplaceCalls>] = &[
                {
                    fn slotPayout(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <slotPayoutCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::slotPayout)
                    }
                    slotPayout
                },
                {
                    fn MAX_PRICE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <MAX_PRICECall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MarketplaceCalls::MAX_PRICE)
                    }
                    MAX_PRICE
                },
                {
                    fn requestState(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <requestStateCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::requestState)
                    }
                    requestState
                },
                {
                    fn currentPeriod(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <currentPeriodCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::currentPeriod)
                    }
                    currentPeriod
                },
                {
                    fn submitProof(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <submitProofCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::submitProof)
                    }
                    submitProof
                },
                {
                    fn markProofAsMissing(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <markProofAsMissingCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::markProofAsMissing)
                    }
                    markProofAsMissing
                },
                {
                    fn requestStorage(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <requestStorageCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::requestStorage)
                    }
                    requestStorage
                },
                {
                    fn reserveSlot(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <reserveSlotCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::reserveSlot)
                    }
                    reserveSlot
                },
                {
                    fn SNARK_SCALAR_FIELD(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <SNARK_SCALAR_FIELDCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::SNARK_SCALAR_FIELD)
                    }
                    SNARK_SCALAR_FIELD
                },
                {
                    fn periodEnd(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <periodEndCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MarketplaceCalls::periodEnd)
                    }
                    periodEnd
                },
                {
                    fn proofReceived(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <proofReceivedCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::proofReceived)
                    }
                    proofReceived
                },
                {
                    fn verifier(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <verifierCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MarketplaceCalls::verifier)
                    }
                    verifier
                },
                {
                    fn fillSlot(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <fillSlotCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MarketplaceCalls::fillSlot)
                    }
                    fillSlot
                },
                {
                    fn periodSeed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <periodSeedCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::periodSeed)
                    }
                    periodSeed
                },
                {
                    fn getChallenge(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <getChallengeCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::getChallenge)
                    }
                    getChallenge
                },
                {
                    fn slotId(data: &[u8]) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <slotIdCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MarketplaceCalls::slotId)
                    }
                    slotId
                },
                {
                    fn getSlot(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <getSlotCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MarketplaceCalls::getSlot)
                    }
                    getSlot
                },
                {
                    fn getHost(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <getHostCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MarketplaceCalls::getHost)
                    }
                    getHost
                },
                {
                    fn withdrawFunds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <withdrawFundsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::withdrawFunds)
                    }
                    withdrawFunds
                },
                {
                    fn getReservations(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <getReservationsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::getReservations)
                    }
                    getReservations
                },
                {
                    fn slotStateAt(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <slotStateAtCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::slotStateAt)
                    }
                    slotStateAt
                },
                {
                    fn config(data: &[u8]) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <configCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MarketplaceCalls::config)
                    }
                    config
                },
                {
                    fn getReservationExpiry(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <getReservationExpiryCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::getReservationExpiry)
                    }
                    getReservationExpiry
                },
                {
                    fn getRequestInfo(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <getRequestInfoCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::getRequestInfo)
                    }
                    getRequestInfo
                },
                {
                    fn freeSlot(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <freeSlotCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MarketplaceCalls::freeSlot)
                    }
                    freeSlot
                },
                {
                    fn periodStart(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <periodStartCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::periodStart)
                    }
                    periodStart
                },
                {
                    fn willProofBeRequired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <willProofBeRequiredCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::willProofBeRequired)
                    }
                    willProofBeRequired
                },
                {
                    fn MAX_CID_LENGTH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <MAX_CID_LENGTHCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::MAX_CID_LENGTH)
                    }
                    MAX_CID_LENGTH
                },
                {
                    fn getActiveSlot(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <getActiveSlotCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::getActiveSlot)
                    }
                    getActiveSlot
                },
                {
                    fn DEVNET_CHAIN_ID(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <DEVNET_CHAIN_IDCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::DEVNET_CHAIN_ID)
                    }
                    DEVNET_CHAIN_ID
                },
                {
                    fn clientPayout(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <clientPayoutCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::clientPayout)
                    }
                    clientPayout
                },
                {
                    fn reservationDeposit(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <reservationDepositCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::reservationDeposit)
                    }
                    reservationDeposit
                },
                {
                    fn slotState(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <slotStateCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MarketplaceCalls::slotState)
                    }
                    slotState
                },
                {
                    fn isProofRequired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <isProofRequiredCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::isProofRequired)
                    }
                    isProofRequired
                },
                {
                    fn MAX_SLOTS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <MAX_SLOTSCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MarketplaceCalls::MAX_SLOTS)
                    }
                    MAX_SLOTS
                },
                {
                    fn getChallengeIn(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <getChallengeInCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::getChallengeIn)
                    }
                    getChallengeIn
                },
                {
                    fn commitRandomness(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <commitRandomnessCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::commitRandomness)
                    }
                    commitRandomness
                },
                {
                    fn isProofRequiredIn(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <isProofRequiredInCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::isProofRequiredIn)
                    }
                    isProofRequiredIn
                },
                {
                    fn missingProofs(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <missingProofsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::missingProofs)
                    }
                    missingProofs
                },
                {
                    fn getRequest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <getRequestCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceCalls::getRequest)
                    }
                    getRequest
                },
                {
                    fn token(data: &[u8]) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <tokenCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MarketplaceCalls::token)
                    }
                    token
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<MarketplaceCalls>] = &[
                {
                    fn slotPayout(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <slotPayoutCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::slotPayout)
                    }
                    slotPayout
                },
                {
                    fn MAX_PRICE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <MAX_PRICECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::MAX_PRICE)
                    }
                    MAX_PRICE
                },
                {
                    fn requestState(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <requestStateCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::requestState)
                    }
                    requestState
                },
                {
                    fn currentPeriod(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <currentPeriodCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::currentPeriod)
                    }
                    currentPeriod
                },
                {
                    fn submitProof(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <submitProofCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::submitProof)
                    }
                    submitProof
                },
                {
                    fn markProofAsMissing(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <markProofAsMissingCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::markProofAsMissing)
                    }
                    markProofAsMissing
                },
                {
                    fn requestStorage(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <requestStorageCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::requestStorage)
                    }
                    requestStorage
                },
                {
                    fn reserveSlot(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <reserveSlotCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::reserveSlot)
                    }
                    reserveSlot
                },
                {
                    fn SNARK_SCALAR_FIELD(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <SNARK_SCALAR_FIELDCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::SNARK_SCALAR_FIELD)
                    }
                    SNARK_SCALAR_FIELD
                },
                {
                    fn periodEnd(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <periodEndCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::periodEnd)
                    }
                    periodEnd
                },
                {
                    fn proofReceived(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <proofReceivedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::proofReceived)
                    }
                    proofReceived
                },
                {
                    fn verifier(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <verifierCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::verifier)
                    }
                    verifier
                },
                {
                    fn fillSlot(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <fillSlotCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::fillSlot)
                    }
                    fillSlot
                },
                {
                    fn periodSeed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <periodSeedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::periodSeed)
                    }
                    periodSeed
                },
                {
                    fn getChallenge(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <getChallengeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::getChallenge)
                    }
                    getChallenge
                },
                {
                    fn slotId(data: &[u8]) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <slotIdCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::slotId)
                    }
                    slotId
                },
                {
                    fn getSlot(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <getSlotCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::getSlot)
                    }
                    getSlot
                },
                {
                    fn getHost(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <getHostCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::getHost)
                    }
                    getHost
                },
                {
                    fn withdrawFunds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <withdrawFundsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::withdrawFunds)
                    }
                    withdrawFunds
                },
                {
                    fn getReservations(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <getReservationsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::getReservations)
                    }
                    getReservations
                },
                {
                    fn slotStateAt(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <slotStateAtCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::slotStateAt)
                    }
                    slotStateAt
                },
                {
                    fn config(data: &[u8]) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <configCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::config)
                    }
                    config
                },
                {
                    fn getReservationExpiry(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <getReservationExpiryCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::getReservationExpiry)
                    }
                    getReservationExpiry
                },
                {
                    fn getRequestInfo(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <getRequestInfoCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::getRequestInfo)
                    }
                    getRequestInfo
                },
                {
                    fn freeSlot(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <freeSlotCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::freeSlot)
                    }
                    freeSlot
                },
                {
                    fn periodStart(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <periodStartCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::periodStart)
                    }
                    periodStart
                },
                {
                    fn willProofBeRequired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <willProofBeRequiredCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::willProofBeRequired)
                    }
                    willProofBeRequired
                },
                {
                    fn MAX_CID_LENGTH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <MAX_CID_LENGTHCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::MAX_CID_LENGTH)
                    }
                    MAX_CID_LENGTH
                },
                {
                    fn getActiveSlot(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <getActiveSlotCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::getActiveSlot)
                    }
                    getActiveSlot
                },
                {
                    fn DEVNET_CHAIN_ID(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <DEVNET_CHAIN_IDCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::DEVNET_CHAIN_ID)
                    }
                    DEVNET_CHAIN_ID
                },
                {
                    fn clientPayout(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <clientPayoutCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::clientPayout)
                    }
                    clientPayout
                },
                {
                    fn reservationDeposit(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <reservationDepositCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::reservationDeposit)
                    }
                    reservationDeposit
                },
                {
                    fn slotState(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <slotStateCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::slotState)
                    }
                    slotState
                },
                {
                    fn isProofRequired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <isProofRequiredCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::isProofRequired)
                    }
                    isProofRequired
                },
                {
                    fn MAX_SLOTS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <MAX_SLOTSCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::MAX_SLOTS)
                    }
                    MAX_SLOTS
                },
                {
                    fn getChallengeIn(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <getChallengeInCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::getChallengeIn)
                    }
                    getChallengeIn
                },
                {
                    fn commitRandomness(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <commitRandomnessCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::commitRandomness)
                    }
                    commitRandomness
                },
                {
                    fn isProofRequiredIn(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <isProofRequiredInCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::isProofRequiredIn)
                    }
                    isProofRequiredIn
                },
                {
                    fn missingProofs(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <missingProofsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::missingProofs)
                    }
                    missingProofs
                },
                {
                    fn getRequest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <getRequestCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::getRequest)
                    }
                    getRequest
                },
                {
                    fn token(data: &[u8]) -> alloy_sol_types::Result<MarketplaceCalls> {
                        <tokenCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceCalls::token)
                    }
                    token
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::DEVNET_CHAIN_ID(inner) => {
                    <DEVNET_CHAIN_IDCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_CID_LENGTH(inner) => {
                    <MAX_CID_LENGTHCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_PRICE(inner) => {
                    <MAX_PRICECall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::MAX_SLOTS(inner) => {
                    <MAX_SLOTSCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::SNARK_SCALAR_FIELD(inner) => {
                    <SNARK_SCALAR_FIELDCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::clientPayout(inner) => {
                    <clientPayoutCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::commitRandomness(inner) => {
                    <commitRandomnessCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::config(inner) => {
                    <configCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::currentPeriod(inner) => {
                    <currentPeriodCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::fillSlot(inner) => {
                    <fillSlotCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::freeSlot(inner) => {
                    <freeSlotCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::getActiveSlot(inner) => {
                    <getActiveSlotCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::getChallenge(inner) => {
                    <getChallengeCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::getChallengeIn(inner) => {
                    <getChallengeInCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::getHost(inner) => {
                    <getHostCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::getRequest(inner) => {
                    <getRequestCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::getRequestInfo(inner) => {
                    <getRequestInfoCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::getReservationExpiry(inner) => {
                    <getReservationExpiryCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::getReservations(inner) => {
                    <getReservationsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::getSlot(inner) => {
                    <getSlotCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::isProofRequired(inner) => {
                    <isProofRequiredCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::isProofRequiredIn(inner) => {
                    <isProofRequiredInCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::markProofAsMissing(inner) => {
                    <markProofAsMissingCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::missingProofs(inner) => {
                    <missingProofsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::periodEnd(inner) => {
                    <periodEndCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::periodSeed(inner) => {
                    <periodSeedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::periodStart(inner) => {
                    <periodStartCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::proofReceived(inner) => {
                    <proofReceivedCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::requestState(inner) => {
                    <requestStateCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::requestStorage(inner) => {
                    <requestStorageCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::reservationDeposit(inner) => {
                    <reservationDepositCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::reserveSlot(inner) => {
                    <reserveSlotCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::slotId(inner) => {
                    <slotIdCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::slotPayout(inner) => {
                    <slotPayoutCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::slotState(inner) => {
                    <slotStateCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::slotStateAt(inner) => {
                    <slotStateAtCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::submitProof(inner) => {
                    <submitProofCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::token(inner) => {
                    <tokenCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::verifier(inner) => {
                    <verifierCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::willProofBeRequired(inner) => {
                    <willProofBeRequiredCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::withdrawFunds(inner) => {
                    <withdrawFundsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::DEVNET_CHAIN_ID(inner) => {
                    <DEVNET_CHAIN_IDCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_CID_LENGTH(inner) => {
                    <MAX_CID_LENGTHCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_PRICE(inner) => {
                    <MAX_PRICECall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_SLOTS(inner) => {
                    <MAX_SLOTSCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SNARK_SCALAR_FIELD(inner) => {
                    <SNARK_SCALAR_FIELDCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::clientPayout(inner) => {
                    <clientPayoutCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::commitRandomness(inner) => {
                    <commitRandomnessCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::config(inner) => {
                    <configCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::currentPeriod(inner) => {
                    <currentPeriodCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::fillSlot(inner) => {
                    <fillSlotCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::freeSlot(inner) => {
                    <freeSlotCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getActiveSlot(inner) => {
                    <getActiveSlotCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getChallenge(inner) => {
                    <getChallengeCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getChallengeIn(inner) => {
                    <getChallengeInCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getHost(inner) => {
                    <getHostCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::getRequest(inner) => {
                    <getRequestCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getRequestInfo(inner) => {
                    <getRequestInfoCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getReservationExpiry(inner) => {
                    <getReservationExpiryCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getReservations(inner) => {
                    <getReservationsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getSlot(inner) => {
                    <getSlotCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::isProofRequired(inner) => {
                    <isProofRequiredCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::isProofRequiredIn(inner) => {
                    <isProofRequiredInCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::markProofAsMissing(inner) => {
                    <markProofAsMissingCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::missingProofs(inner) => {
                    <missingProofsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::periodEnd(inner) => {
                    <periodEndCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::periodSeed(inner) => {
                    <periodSeedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::periodStart(inner) => {
                    <periodStartCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::proofReceived(inner) => {
                    <proofReceivedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::requestState(inner) => {
                    <requestStateCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::requestStorage(inner) => {
                    <requestStorageCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::reservationDeposit(inner) => {
                    <reservationDepositCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::reserveSlot(inner) => {
                    <reserveSlotCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::slotId(inner) => {
                    <slotIdCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::slotPayout(inner) => {
                    <slotPayoutCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::slotState(inner) => {
                    <slotStateCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::slotStateAt(inner) => {
                    <slotStateAtCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::submitProof(inner) => {
                    <submitProofCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::token(inner) => {
                    <tokenCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::verifier(inner) => {
                    <verifierCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::willProofBeRequired(inner) => {
                    <willProofBeRequiredCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::withdrawFunds(inner) => {
                    <withdrawFundsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`Marketplace`](self) custom errors.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum MarketplaceErrors {
        #[allow(missing_docs)]
        AlreadyMarked(AlreadyMarked),
        #[allow(missing_docs)]
        AlreadyReserved(AlreadyReserved),
        #[allow(missing_docs)]
        AlreadyWithdrawn(AlreadyWithdrawn),
        #[allow(missing_docs)]
        ChallengeNotReady(ChallengeNotReady),
        #[allow(missing_docs)]
        FormerHost(FormerHost),
        #[allow(missing_docs)]
        HostOfRequest(HostOfRequest),
        #[allow(missing_docs)]
        InvalidConfig(InvalidConfig),
        #[allow(missing_docs)]
        InvalidProof(InvalidProof),
        #[allow(missing_docs)]
        InvalidRequest(InvalidRequest),
        #[allow(missing_docs)]
        InvalidRequestState(InvalidRequestState),
        #[allow(missing_docs)]
        InvalidSlotIndex(InvalidSlotIndex),
        #[allow(missing_docs)]
        InvalidSlotState(InvalidSlotState),
        #[allow(missing_docs)]
        NotAuthorized(NotAuthorized),
        #[allow(missing_docs)]
        NotReserved(NotReserved),
        #[allow(missing_docs)]
        PeriodNotEnded(PeriodNotEnded),
        #[allow(missing_docs)]
        ProofAlreadySubmitted(ProofAlreadySubmitted),
        #[allow(missing_docs)]
        ProofNotRequired(ProofNotRequired),
        #[allow(missing_docs)]
        RequestExists(RequestExists),
        #[allow(missing_docs)]
        ReservationsFull(ReservationsFull),
        #[allow(missing_docs)]
        SafeERC20FailedOperation(SafeERC20FailedOperation),
        #[allow(missing_docs)]
        UnknownRequest(UnknownRequest),
        #[allow(missing_docs)]
        UnknownSlot(UnknownSlot),
        #[allow(missing_docs)]
        ValidationTimedOut(ValidationTimedOut),
    }
    impl MarketplaceErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [9u8, 189u8, 227u8, 57u8],
            [16u8, 191u8, 84u8, 77u8],
            [23u8, 188u8, 50u8, 219u8],
            [25u8, 184u8, 203u8, 93u8],
            [29u8, 129u8, 5u8, 148u8],
            [55u8, 2u8, 40u8, 56u8],
            [64u8, 141u8, 240u8, 25u8],
            [74u8, 11u8, 254u8, 193u8],
            [82u8, 116u8, 175u8, 231u8],
            [103u8, 45u8, 202u8, 21u8],
            [123u8, 60u8, 50u8, 148u8],
            [123u8, 190u8, 52u8, 201u8],
            [129u8, 253u8, 205u8, 126u8],
            [131u8, 92u8, 218u8, 41u8],
            [135u8, 179u8, 74u8, 6u8],
            [137u8, 166u8, 25u8, 137u8],
            [164u8, 169u8, 156u8, 97u8],
            [177u8, 119u8, 112u8, 179u8],
            [178u8, 109u8, 188u8, 47u8],
            [196u8, 228u8, 199u8, 217u8],
            [199u8, 35u8, 77u8, 178u8],
            [215u8, 240u8, 227u8, 8u8],
            [220u8, 162u8, 27u8, 160u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(InvalidProof),
            ::core::stringify!(HostOfRequest),
            ::core::stringify!(InvalidSlotIndex),
            ::core::stringify!(FormerHost),
            ::core::stringify!(InvalidRequestState),
            ::core::stringify!(InvalidRequest),
            ::core::stringify!(ProofNotRequired),
            ::core::stringify!(NotAuthorized),
            ::core::stringify!(SafeERC20FailedOperation),
            ::core::stringify!(ReservationsFull),
            ::core::stringify!(ValidationTimedOut),
            ::core::stringify!(UnknownRequest),
            ::core::stringify!(NotReserved),
            ::core::stringify!(PeriodNotEnded),
            ::core::stringify!(AlreadyReserved),
            ::core::stringify!(InvalidConfig),
            ::core::stringify!(RequestExists),
            ::core::stringify!(ProofAlreadySubmitted),
            ::core::stringify!(UnknownSlot),
            ::core::stringify!(AlreadyWithdrawn),
            ::core::stringify!(ChallengeNotReady),
            ::core::stringify!(InvalidSlotState),
            ::core::stringify!(AlreadyMarked),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <InvalidProof as alloy_sol_types::SolError>::SIGNATURE,
            <HostOfRequest as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidSlotIndex as alloy_sol_types::SolError>::SIGNATURE,
            <FormerHost as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidRequestState as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidRequest as alloy_sol_types::SolError>::SIGNATURE,
            <ProofNotRequired as alloy_sol_types::SolError>::SIGNATURE,
            <NotAuthorized as alloy_sol_types::SolError>::SIGNATURE,
            <SafeERC20FailedOperation as alloy_sol_types::SolError>::SIGNATURE,
            <ReservationsFull as alloy_sol_types::SolError>::SIGNATURE,
            <ValidationTimedOut as alloy_sol_types::SolError>::SIGNATURE,
            <UnknownRequest as alloy_sol_types::SolError>::SIGNATURE,
            <NotReserved as alloy_sol_types::SolError>::SIGNATURE,
            <PeriodNotEnded as alloy_sol_types::SolError>::SIGNATURE,
            <AlreadyReserved as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidConfig as alloy_sol_types::SolError>::SIGNATURE,
            <RequestExists as alloy_sol_types::SolError>::SIGNATURE,
            <ProofAlreadySubmitted as alloy_sol_types::SolError>::SIGNATURE,
            <UnknownSlot as alloy_sol_types::SolError>::SIGNATURE,
            <AlreadyWithdrawn as alloy_sol_types::SolError>::SIGNATURE,
            <ChallengeNotReady as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidSlotState as alloy_sol_types::SolError>::SIGNATURE,
            <AlreadyMarked as alloy_sol_types::SolError>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for MarketplaceErrors {
        const NAME: &'static str = "MarketplaceErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 23usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::AlreadyMarked(_) => {
                    <AlreadyMarked as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AlreadyReserved(_) => {
                    <AlreadyReserved as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AlreadyWithdrawn(_) => {
                    <AlreadyWithdrawn as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ChallengeNotReady(_) => {
                    <ChallengeNotReady as alloy_sol_types::SolError>::SELECTOR
                }
                Self::FormerHost(_) => {
                    <FormerHost as alloy_sol_types::SolError>::SELECTOR
                }
                Self::HostOfRequest(_) => {
                    <HostOfRequest as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidConfig(_) => {
                    <InvalidConfig as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidProof(_) => {
                    <InvalidProof as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidRequest(_) => {
                    <InvalidRequest as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidRequestState(_) => {
                    <InvalidRequestState as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidSlotIndex(_) => {
                    <InvalidSlotIndex as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidSlotState(_) => {
                    <InvalidSlotState as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotAuthorized(_) => {
                    <NotAuthorized as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotReserved(_) => {
                    <NotReserved as alloy_sol_types::SolError>::SELECTOR
                }
                Self::PeriodNotEnded(_) => {
                    <PeriodNotEnded as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ProofAlreadySubmitted(_) => {
                    <ProofAlreadySubmitted as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ProofNotRequired(_) => {
                    <ProofNotRequired as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RequestExists(_) => {
                    <RequestExists as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ReservationsFull(_) => {
                    <ReservationsFull as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SafeERC20FailedOperation(_) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::UnknownRequest(_) => {
                    <UnknownRequest as alloy_sol_types::SolError>::SELECTOR
                }
                Self::UnknownSlot(_) => {
                    <UnknownSlot as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ValidationTimedOut(_) => {
                    <ValidationTimedOut as alloy_sol_types::SolError>::SELECTOR
                }
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<MarketplaceErrors>] = &[
                {
                    fn InvalidProof(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <InvalidProof as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(MarketplaceErrors::InvalidProof)
                    }
                    InvalidProof
                },
                {
                    fn HostOfRequest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <HostOfRequest as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::HostOfRequest)
                    }
                    HostOfRequest
                },
                {
                    fn InvalidSlotIndex(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <InvalidSlotIndex as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::InvalidSlotIndex)
                    }
                    InvalidSlotIndex
                },
                {
                    fn FormerHost(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <FormerHost as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(MarketplaceErrors::FormerHost)
                    }
                    FormerHost
                },
                {
                    fn InvalidRequestState(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <InvalidRequestState as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::InvalidRequestState)
                    }
                    InvalidRequestState
                },
                {
                    fn InvalidRequest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <InvalidRequest as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::InvalidRequest)
                    }
                    InvalidRequest
                },
                {
                    fn ProofNotRequired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <ProofNotRequired as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::ProofNotRequired)
                    }
                    ProofNotRequired
                },
                {
                    fn NotAuthorized(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <NotAuthorized as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::NotAuthorized)
                    }
                    NotAuthorized
                },
                {
                    fn SafeERC20FailedOperation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn ReservationsFull(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <ReservationsFull as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::ReservationsFull)
                    }
                    ReservationsFull
                },
                {
                    fn ValidationTimedOut(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <ValidationTimedOut as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::ValidationTimedOut)
                    }
                    ValidationTimedOut
                },
                {
                    fn UnknownRequest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <UnknownRequest as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::UnknownRequest)
                    }
                    UnknownRequest
                },
                {
                    fn NotReserved(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <NotReserved as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(MarketplaceErrors::NotReserved)
                    }
                    NotReserved
                },
                {
                    fn PeriodNotEnded(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <PeriodNotEnded as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::PeriodNotEnded)
                    }
                    PeriodNotEnded
                },
                {
                    fn AlreadyReserved(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <AlreadyReserved as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::AlreadyReserved)
                    }
                    AlreadyReserved
                },
                {
                    fn InvalidConfig(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <InvalidConfig as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::InvalidConfig)
                    }
                    InvalidConfig
                },
                {
                    fn RequestExists(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <RequestExists as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::RequestExists)
                    }
                    RequestExists
                },
                {
                    fn ProofAlreadySubmitted(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <ProofAlreadySubmitted as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::ProofAlreadySubmitted)
                    }
                    ProofAlreadySubmitted
                },
                {
                    fn UnknownSlot(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <UnknownSlot as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(MarketplaceErrors::UnknownSlot)
                    }
                    UnknownSlot
                },
                {
                    fn AlreadyWithdrawn(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <AlreadyWithdrawn as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::AlreadyWithdrawn)
                    }
                    AlreadyWithdrawn
                },
                {
                    fn ChallengeNotReady(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <ChallengeNotReady as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::ChallengeNotReady)
                    }
                    ChallengeNotReady
                },
                {
                    fn InvalidSlotState(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <InvalidSlotState as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::InvalidSlotState)
                    }
                    InvalidSlotState
                },
                {
                    fn AlreadyMarked(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <AlreadyMarked as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(MarketplaceErrors::AlreadyMarked)
                    }
                    AlreadyMarked
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<MarketplaceErrors>] = &[
                {
                    fn InvalidProof(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <InvalidProof as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::InvalidProof)
                    }
                    InvalidProof
                },
                {
                    fn HostOfRequest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <HostOfRequest as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::HostOfRequest)
                    }
                    HostOfRequest
                },
                {
                    fn InvalidSlotIndex(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <InvalidSlotIndex as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::InvalidSlotIndex)
                    }
                    InvalidSlotIndex
                },
                {
                    fn FormerHost(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <FormerHost as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::FormerHost)
                    }
                    FormerHost
                },
                {
                    fn InvalidRequestState(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <InvalidRequestState as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::InvalidRequestState)
                    }
                    InvalidRequestState
                },
                {
                    fn InvalidRequest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <InvalidRequest as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::InvalidRequest)
                    }
                    InvalidRequest
                },
                {
                    fn ProofNotRequired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <ProofNotRequired as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::ProofNotRequired)
                    }
                    ProofNotRequired
                },
                {
                    fn NotAuthorized(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <NotAuthorized as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::NotAuthorized)
                    }
                    NotAuthorized
                },
                {
                    fn SafeERC20FailedOperation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn ReservationsFull(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <ReservationsFull as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::ReservationsFull)
                    }
                    ReservationsFull
                },
                {
                    fn ValidationTimedOut(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <ValidationTimedOut as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::ValidationTimedOut)
                    }
                    ValidationTimedOut
                },
                {
                    fn UnknownRequest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <UnknownRequest as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::UnknownRequest)
                    }
                    UnknownRequest
                },
                {
                    fn NotReserved(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <NotReserved as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::NotReserved)
                    }
                    NotReserved
                },
                {
                    fn PeriodNotEnded(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <PeriodNotEnded as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::PeriodNotEnded)
                    }
                    PeriodNotEnded
                },
                {
                    fn AlreadyReserved(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <AlreadyReserved as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::AlreadyReserved)
                    }
                    AlreadyReserved
                },
                {
                    fn InvalidConfig(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <InvalidConfig as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::InvalidConfig)
                    }
                    InvalidConfig
                },
                {
                    fn RequestExists(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <RequestExists as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::RequestExists)
                    }
                    RequestExists
                },
                {
                    fn ProofAlreadySubmitted(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <ProofAlreadySubmitted as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::ProofAlreadySubmitted)
                    }
                    ProofAlreadySubmitted
                },
                {
                    fn UnknownSlot(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <UnknownSlot as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::UnknownSlot)
                    }
                    UnknownSlot
                },
                {
                    fn AlreadyWithdrawn(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <AlreadyWithdrawn as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::AlreadyWithdrawn)
                    }
                    AlreadyWithdrawn
                },
                {
                    fn ChallengeNotReady(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <ChallengeNotReady as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::ChallengeNotReady)
                    }
                    ChallengeNotReady
                },
                {
                    fn InvalidSlotState(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <InvalidSlotState as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::InvalidSlotState)
                    }
                    InvalidSlotState
                },
                {
                    fn AlreadyMarked(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MarketplaceErrors> {
                        <AlreadyMarked as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MarketplaceErrors::AlreadyMarked)
                    }
                    AlreadyMarked
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::AlreadyMarked(inner) => {
                    <AlreadyMarked as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::AlreadyReserved(inner) => {
                    <AlreadyReserved as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::AlreadyWithdrawn(inner) => {
                    <AlreadyWithdrawn as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ChallengeNotReady(inner) => {
                    <ChallengeNotReady as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::FormerHost(inner) => {
                    <FormerHost as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::HostOfRequest(inner) => {
                    <HostOfRequest as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InvalidConfig(inner) => {
                    <InvalidConfig as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InvalidProof(inner) => {
                    <InvalidProof as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InvalidRequest(inner) => {
                    <InvalidRequest as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidRequestState(inner) => {
                    <InvalidRequestState as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidSlotIndex(inner) => {
                    <InvalidSlotIndex as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidSlotState(inner) => {
                    <InvalidSlotState as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NotAuthorized(inner) => {
                    <NotAuthorized as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotReserved(inner) => {
                    <NotReserved as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::PeriodNotEnded(inner) => {
                    <PeriodNotEnded as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ProofAlreadySubmitted(inner) => {
                    <ProofAlreadySubmitted as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ProofNotRequired(inner) => {
                    <ProofNotRequired as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RequestExists(inner) => {
                    <RequestExists as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::ReservationsFull(inner) => {
                    <ReservationsFull as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SafeERC20FailedOperation(inner) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::UnknownRequest(inner) => {
                    <UnknownRequest as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::UnknownSlot(inner) => {
                    <UnknownSlot as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::ValidationTimedOut(inner) => {
                    <ValidationTimedOut as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::AlreadyMarked(inner) => {
                    <AlreadyMarked as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::AlreadyReserved(inner) => {
                    <AlreadyReserved as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::AlreadyWithdrawn(inner) => {
                    <AlreadyWithdrawn as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ChallengeNotReady(inner) => {
                    <ChallengeNotReady as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::FormerHost(inner) => {
                    <FormerHost as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::HostOfRequest(inner) => {
                    <HostOfRequest as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidConfig(inner) => {
                    <InvalidConfig as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidProof(inner) => {
                    <InvalidProof as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidRequest(inner) => {
                    <InvalidRequest as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidRequestState(inner) => {
                    <InvalidRequestState as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidSlotIndex(inner) => {
                    <InvalidSlotIndex as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidSlotState(inner) => {
                    <InvalidSlotState as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotAuthorized(inner) => {
                    <NotAuthorized as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotReserved(inner) => {
                    <NotReserved as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::PeriodNotEnded(inner) => {
                    <PeriodNotEnded as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ProofAlreadySubmitted(inner) => {
                    <ProofAlreadySubmitted as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ProofNotRequired(inner) => {
                    <ProofNotRequired as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RequestExists(inner) => {
                    <RequestExists as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ReservationsFull(inner) => {
                    <ReservationsFull as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SafeERC20FailedOperation(inner) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::UnknownRequest(inner) => {
                    <UnknownRequest as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::UnknownSlot(inner) => {
                    <UnknownSlot as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ValidationTimedOut(inner) => {
                    <ValidationTimedOut as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`Marketplace`](self) events.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum MarketplaceEvents {
        #[allow(missing_docs)]
        FundsWithdrawn(FundsWithdrawn),
        #[allow(missing_docs)]
        ProofMissed(ProofMissed),
        #[allow(missing_docs)]
        ProofSubmitted(ProofSubmitted),
        #[allow(missing_docs)]
        RandomnessCommitted(RandomnessCommitted),
        #[allow(missing_docs)]
        RequestFailed(RequestFailed),
        #[allow(missing_docs)]
        RequestStarted(RequestStarted),
        #[allow(missing_docs)]
        SlotAbandoned(SlotAbandoned),
        #[allow(missing_docs)]
        SlotFilled(SlotFilled),
        #[allow(missing_docs)]
        SlotFreed(SlotFreed),
        #[allow(missing_docs)]
        SlotPaid(SlotPaid),
        #[allow(missing_docs)]
        SlotReserved(SlotReserved),
        #[allow(missing_docs)]
        StorageRequested(StorageRequested),
    }
    impl MarketplaceEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                21u8, 60u8, 44u8, 214u8, 206u8, 41u8, 26u8, 6u8, 21u8, 81u8, 111u8,
                174u8, 142u8, 187u8, 68u8, 125u8, 125u8, 53u8, 132u8, 145u8, 238u8,
                239u8, 229u8, 79u8, 223u8, 24u8, 77u8, 5u8, 99u8, 127u8, 84u8, 67u8,
            ],
            [
                60u8, 14u8, 133u8, 172u8, 244u8, 82u8, 232u8, 103u8, 238u8, 9u8, 201u8,
                21u8, 29u8, 44u8, 244u8, 95u8, 230u8, 214u8, 167u8, 41u8, 39u8, 19u8,
                71u8, 232u8, 154u8, 154u8, 107u8, 145u8, 176u8, 129u8, 243u8, 29u8,
            ],
            [
                71u8, 105u8, 54u8, 26u8, 68u8, 37u8, 4u8, 236u8, 175u8, 3u8, 143u8, 53u8,
                225u8, 25u8, 188u8, 204u8, 221u8, 94u8, 66u8, 9u8, 107u8, 36u8, 192u8,
                158u8, 60u8, 23u8, 253u8, 23u8, 198u8, 104u8, 76u8, 2u8,
            ],
            [
                117u8, 51u8, 177u8, 180u8, 130u8, 71u8, 57u8, 170u8, 108u8, 202u8, 169u8,
                254u8, 105u8, 235u8, 171u8, 247u8, 205u8, 134u8, 123u8, 60u8, 66u8,
                241u8, 130u8, 8u8, 176u8, 136u8, 241u8, 10u8, 46u8, 191u8, 81u8, 201u8,
            ],
            [
                160u8, 248u8, 211u8, 84u8, 230u8, 168u8, 151u8, 178u8, 157u8, 227u8,
                255u8, 166u8, 212u8, 97u8, 27u8, 64u8, 224u8, 94u8, 2u8, 190u8, 94u8,
                87u8, 141u8, 247u8, 44u8, 66u8, 120u8, 67u8, 116u8, 96u8, 128u8, 72u8,
            ],
            [
                174u8, 116u8, 57u8, 89u8, 21u8, 93u8, 38u8, 131u8, 74u8, 30u8, 171u8,
                82u8, 246u8, 28u8, 242u8, 74u8, 105u8, 100u8, 87u8, 51u8, 189u8, 161u8,
                244u8, 154u8, 34u8, 12u8, 75u8, 175u8, 168u8, 129u8, 7u8, 81u8,
            ],
            [
                184u8, 191u8, 228u8, 238u8, 155u8, 246u8, 70u8, 234u8, 236u8, 99u8,
                145u8, 174u8, 123u8, 183u8, 101u8, 248u8, 72u8, 161u8, 13u8, 171u8,
                248u8, 6u8, 84u8, 205u8, 205u8, 29u8, 162u8, 21u8, 144u8, 27u8, 105u8,
                20u8,
            ],
            [
                194u8, 18u8, 166u8, 35u8, 84u8, 56u8, 74u8, 180u8, 248u8, 39u8, 37u8,
                41u8, 65u8, 246u8, 248u8, 163u8, 20u8, 50u8, 188u8, 35u8, 62u8, 85u8,
                47u8, 100u8, 144u8, 8u8, 214u8, 56u8, 83u8, 44u8, 67u8, 41u8,
            ],
            [
                218u8, 114u8, 13u8, 49u8, 177u8, 56u8, 196u8, 202u8, 76u8, 94u8, 209u8,
                140u8, 172u8, 249u8, 227u8, 141u8, 233u8, 179u8, 239u8, 101u8, 231u8,
                241u8, 14u8, 180u8, 15u8, 199u8, 117u8, 61u8, 208u8, 63u8, 38u8, 117u8,
            ],
            [
                228u8, 194u8, 169u8, 154u8, 235u8, 16u8, 22u8, 63u8, 42u8, 213u8, 36u8,
                170u8, 31u8, 50u8, 133u8, 223u8, 26u8, 232u8, 186u8, 118u8, 197u8, 118u8,
                191u8, 193u8, 67u8, 147u8, 5u8, 201u8, 157u8, 207u8, 164u8, 205u8,
            ],
            [
                241u8, 134u8, 248u8, 79u8, 98u8, 8u8, 178u8, 29u8, 11u8, 145u8, 201u8,
                213u8, 214u8, 129u8, 17u8, 248u8, 129u8, 97u8, 143u8, 182u8, 90u8, 173u8,
                154u8, 21u8, 62u8, 80u8, 131u8, 168u8, 215u8, 236u8, 4u8, 224u8,
            ],
            [
                247u8, 242u8, 58u8, 157u8, 30u8, 138u8, 230u8, 207u8, 94u8, 37u8, 20u8,
                171u8, 188u8, 249u8, 122u8, 76u8, 255u8, 186u8, 24u8, 88u8, 124u8, 133u8,
                185u8, 36u8, 132u8, 37u8, 213u8, 16u8, 90u8, 48u8, 27u8, 155u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(FundsWithdrawn),
            ::core::stringify!(ProofSubmitted),
            ::core::stringify!(RequestFailed),
            ::core::stringify!(RandomnessCommitted),
            ::core::stringify!(StorageRequested),
            ::core::stringify!(SlotPaid),
            ::core::stringify!(RequestStarted),
            ::core::stringify!(SlotFilled),
            ::core::stringify!(SlotFreed),
            ::core::stringify!(ProofMissed),
            ::core::stringify!(SlotAbandoned),
            ::core::stringify!(SlotReserved),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <FundsWithdrawn as alloy_sol_types::SolEvent>::SIGNATURE,
            <ProofSubmitted as alloy_sol_types::SolEvent>::SIGNATURE,
            <RequestFailed as alloy_sol_types::SolEvent>::SIGNATURE,
            <RandomnessCommitted as alloy_sol_types::SolEvent>::SIGNATURE,
            <StorageRequested as alloy_sol_types::SolEvent>::SIGNATURE,
            <SlotPaid as alloy_sol_types::SolEvent>::SIGNATURE,
            <RequestStarted as alloy_sol_types::SolEvent>::SIGNATURE,
            <SlotFilled as alloy_sol_types::SolEvent>::SIGNATURE,
            <SlotFreed as alloy_sol_types::SolEvent>::SIGNATURE,
            <ProofMissed as alloy_sol_types::SolEvent>::SIGNATURE,
            <SlotAbandoned as alloy_sol_types::SolEvent>::SIGNATURE,
            <SlotReserved as alloy_sol_types::SolEvent>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 32usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 32usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolEventInterface for MarketplaceEvents {
        const NAME: &'static str = "MarketplaceEvents";
        const COUNT: usize = 12usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(<FundsWithdrawn as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <FundsWithdrawn as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::FundsWithdrawn)
                }
                Some(<ProofMissed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ProofMissed as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ProofMissed)
                }
                Some(<ProofSubmitted as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ProofSubmitted as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ProofSubmitted)
                }
                Some(
                    <RandomnessCommitted as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <RandomnessCommitted as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RandomnessCommitted)
                }
                Some(<RequestFailed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RequestFailed as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RequestFailed)
                }
                Some(<RequestStarted as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RequestStarted as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RequestStarted)
                }
                Some(<SlotAbandoned as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <SlotAbandoned as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::SlotAbandoned)
                }
                Some(<SlotFilled as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <SlotFilled as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::SlotFilled)
                }
                Some(<SlotFreed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <SlotFreed as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::SlotFreed)
                }
                Some(<SlotPaid as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <SlotPaid as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::SlotPaid)
                }
                Some(<SlotReserved as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <SlotReserved as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::SlotReserved)
                }
                Some(<StorageRequested as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <StorageRequested as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::StorageRequested)
                }
                _ => {
                    alloy_sol_types::private::Err(alloy_sol_types::Error::InvalidLog {
                        name: <Self as alloy_sol_types::SolEventInterface>::NAME,
                        log: alloy_sol_types::private::Box::new(
                            alloy_sol_types::private::LogData::new_unchecked(
                                topics.to_vec(),
                                data.to_vec().into(),
                            ),
                        ),
                    })
                }
            }
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::private::IntoLogData for MarketplaceEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::FundsWithdrawn(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ProofMissed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ProofSubmitted(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RandomnessCommitted(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RequestFailed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RequestStarted(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::SlotAbandoned(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::SlotFilled(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::SlotFreed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::SlotPaid(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::SlotReserved(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::StorageRequested(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::FundsWithdrawn(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ProofMissed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ProofSubmitted(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RandomnessCommitted(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RequestFailed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RequestStarted(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::SlotAbandoned(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::SlotFilled(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::SlotFreed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::SlotPaid(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::SlotReserved(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::StorageRequested(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`Marketplace`](self) contract instance.

See the [wrapper's documentation](`MarketplaceInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> MarketplaceInstance<P, N> {
        MarketplaceInstance::<P, N>::new(address, __provider)
    }
    /**Deploys this contract using the given `provider` and constructor arguments, if any.

Returns a new instance of the contract, if the deployment was successful.

For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
    #[inline]
    pub fn deploy<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        __provider: P,
        token_: alloy::sol_types::private::Address,
        verifier_: alloy::sol_types::private::Address,
        config_: <IMarketplace::Config as alloy::sol_types::SolType>::RustType,
    ) -> impl ::core::future::Future<
        Output = alloy_contract::Result<MarketplaceInstance<P, N>>,
    > {
        MarketplaceInstance::<P, N>::deploy(__provider, token_, verifier_, config_)
    }
    /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
and constructor arguments, if any.

This is a simple wrapper around creating a `RawCallBuilder` with the data set to
the bytecode concatenated with the constructor's ABI-encoded arguments.*/
    #[inline]
    pub fn deploy_builder<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        __provider: P,
        token_: alloy::sol_types::private::Address,
        verifier_: alloy::sol_types::private::Address,
        config_: <IMarketplace::Config as alloy::sol_types::SolType>::RustType,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        MarketplaceInstance::<
            P,
            N,
        >::deploy_builder(__provider, token_, verifier_, config_)
    }
    /**A [`Marketplace`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`Marketplace`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct MarketplaceInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for MarketplaceInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("MarketplaceInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > MarketplaceInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`Marketplace`](self) contract instance.

See the [wrapper's documentation](`MarketplaceInstance`) for more details.*/
        #[inline]
        pub const fn new(
            address: alloy_sol_types::private::Address,
            __provider: P,
        ) -> Self {
            Self {
                address,
                provider: __provider,
                _network: ::core::marker::PhantomData,
            }
        }
        /**Deploys this contract using the given `provider` and constructor arguments, if any.

Returns a new instance of the contract, if the deployment was successful.

For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
        #[inline]
        pub async fn deploy(
            __provider: P,
            token_: alloy::sol_types::private::Address,
            verifier_: alloy::sol_types::private::Address,
            config_: <IMarketplace::Config as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::Result<MarketplaceInstance<P, N>> {
            let call_builder = Self::deploy_builder(
                __provider,
                token_,
                verifier_,
                config_,
            );
            let contract_address = call_builder.deploy().await?;
            Ok(Self::new(contract_address, call_builder.provider))
        }
        /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
and constructor arguments, if any.

This is a simple wrapper around creating a `RawCallBuilder` with the data set to
the bytecode concatenated with the constructor's ABI-encoded arguments.*/
        #[inline]
        pub fn deploy_builder(
            __provider: P,
            token_: alloy::sol_types::private::Address,
            verifier_: alloy::sol_types::private::Address,
            config_: <IMarketplace::Config as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                [
                    &BYTECODE[..],
                    &alloy_sol_types::SolConstructor::abi_encode(
                        &constructorCall {
                            token_,
                            verifier_,
                            config_,
                        },
                    )[..],
                ]
                    .concat()
                    .into(),
            )
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> MarketplaceInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> MarketplaceInstance<P, N> {
            MarketplaceInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > MarketplaceInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
        ///Creates a new call builder for the [`DEVNET_CHAIN_ID`] function.
        pub fn DEVNET_CHAIN_ID(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, DEVNET_CHAIN_IDCall, N> {
            self.call_builder(&DEVNET_CHAIN_IDCall)
        }
        ///Creates a new call builder for the [`MAX_CID_LENGTH`] function.
        pub fn MAX_CID_LENGTH(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_CID_LENGTHCall, N> {
            self.call_builder(&MAX_CID_LENGTHCall)
        }
        ///Creates a new call builder for the [`MAX_PRICE`] function.
        pub fn MAX_PRICE(&self) -> alloy_contract::SolCallBuilder<&P, MAX_PRICECall, N> {
            self.call_builder(&MAX_PRICECall)
        }
        ///Creates a new call builder for the [`MAX_SLOTS`] function.
        pub fn MAX_SLOTS(&self) -> alloy_contract::SolCallBuilder<&P, MAX_SLOTSCall, N> {
            self.call_builder(&MAX_SLOTSCall)
        }
        ///Creates a new call builder for the [`SNARK_SCALAR_FIELD`] function.
        pub fn SNARK_SCALAR_FIELD(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, SNARK_SCALAR_FIELDCall, N> {
            self.call_builder(&SNARK_SCALAR_FIELDCall)
        }
        ///Creates a new call builder for the [`clientPayout`] function.
        pub fn clientPayout(
            &self,
            requestId: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, clientPayoutCall, N> {
            self.call_builder(&clientPayoutCall { requestId })
        }
        ///Creates a new call builder for the [`commitRandomness`] function.
        pub fn commitRandomness(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, commitRandomnessCall, N> {
            self.call_builder(&commitRandomnessCall)
        }
        ///Creates a new call builder for the [`config`] function.
        pub fn config(&self) -> alloy_contract::SolCallBuilder<&P, configCall, N> {
            self.call_builder(&configCall)
        }
        ///Creates a new call builder for the [`currentPeriod`] function.
        pub fn currentPeriod(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, currentPeriodCall, N> {
            self.call_builder(&currentPeriodCall)
        }
        ///Creates a new call builder for the [`fillSlot`] function.
        pub fn fillSlot(
            &self,
            requestId: alloy::sol_types::private::FixedBytes<32>,
            slotIndex: u64,
            proof: <Groth16Proof as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, fillSlotCall, N> {
            self.call_builder(
                &fillSlotCall {
                    requestId,
                    slotIndex,
                    proof,
                },
            )
        }
        ///Creates a new call builder for the [`freeSlot`] function.
        pub fn freeSlot(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, freeSlotCall, N> {
            self.call_builder(&freeSlotCall { id })
        }
        ///Creates a new call builder for the [`getActiveSlot`] function.
        pub fn getActiveSlot(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, getActiveSlotCall, N> {
            self.call_builder(&getActiveSlotCall { id })
        }
        ///Creates a new call builder for the [`getChallenge`] function.
        pub fn getChallenge(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
            host: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, getChallengeCall, N> {
            self.call_builder(&getChallengeCall { id, host })
        }
        ///Creates a new call builder for the [`getChallengeIn`] function.
        pub fn getChallengeIn(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
            period: alloy::sol_types::private::primitives::aliases::U256,
            host: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, getChallengeInCall, N> {
            self.call_builder(
                &getChallengeInCall {
                    id,
                    period,
                    host,
                },
            )
        }
        ///Creates a new call builder for the [`getHost`] function.
        pub fn getHost(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, getHostCall, N> {
            self.call_builder(&getHostCall { id })
        }
        ///Creates a new call builder for the [`getRequest`] function.
        pub fn getRequest(
            &self,
            requestId: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, getRequestCall, N> {
            self.call_builder(&getRequestCall { requestId })
        }
        ///Creates a new call builder for the [`getRequestInfo`] function.
        pub fn getRequestInfo(
            &self,
            requestId: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, getRequestInfoCall, N> {
            self.call_builder(&getRequestInfoCall { requestId })
        }
        ///Creates a new call builder for the [`getReservationExpiry`] function.
        pub fn getReservationExpiry(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
            host: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, getReservationExpiryCall, N> {
            self.call_builder(
                &getReservationExpiryCall {
                    id,
                    host,
                },
            )
        }
        ///Creates a new call builder for the [`getReservations`] function.
        pub fn getReservations(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, getReservationsCall, N> {
            self.call_builder(&getReservationsCall { id })
        }
        ///Creates a new call builder for the [`getSlot`] function.
        pub fn getSlot(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, getSlotCall, N> {
            self.call_builder(&getSlotCall { id })
        }
        ///Creates a new call builder for the [`isProofRequired`] function.
        pub fn isProofRequired(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, isProofRequiredCall, N> {
            self.call_builder(&isProofRequiredCall { id })
        }
        ///Creates a new call builder for the [`isProofRequiredIn`] function.
        pub fn isProofRequiredIn(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
            period: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, isProofRequiredInCall, N> {
            self.call_builder(
                &isProofRequiredInCall {
                    id,
                    period,
                },
            )
        }
        ///Creates a new call builder for the [`markProofAsMissing`] function.
        pub fn markProofAsMissing(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
            period: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, markProofAsMissingCall, N> {
            self.call_builder(
                &markProofAsMissingCall {
                    id,
                    period,
                },
            )
        }
        ///Creates a new call builder for the [`missingProofs`] function.
        pub fn missingProofs(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, missingProofsCall, N> {
            self.call_builder(&missingProofsCall { id })
        }
        ///Creates a new call builder for the [`periodEnd`] function.
        pub fn periodEnd(
            &self,
            period: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, periodEndCall, N> {
            self.call_builder(&periodEndCall { period })
        }
        ///Creates a new call builder for the [`periodSeed`] function.
        pub fn periodSeed(
            &self,
            period: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, periodSeedCall, N> {
            self.call_builder(&periodSeedCall { period })
        }
        ///Creates a new call builder for the [`periodStart`] function.
        pub fn periodStart(
            &self,
            period: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, periodStartCall, N> {
            self.call_builder(&periodStartCall { period })
        }
        ///Creates a new call builder for the [`proofReceived`] function.
        pub fn proofReceived(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
            period: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, proofReceivedCall, N> {
            self.call_builder(&proofReceivedCall { id, period })
        }
        ///Creates a new call builder for the [`requestState`] function.
        pub fn requestState(
            &self,
            requestId: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, requestStateCall, N> {
            self.call_builder(&requestStateCall { requestId })
        }
        ///Creates a new call builder for the [`requestStorage`] function.
        pub fn requestStorage(
            &self,
            request: <IMarketplace::Request as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, requestStorageCall, N> {
            self.call_builder(&requestStorageCall { request })
        }
        ///Creates a new call builder for the [`reservationDeposit`] function.
        pub fn reservationDeposit(
            &self,
            requestId: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, reservationDepositCall, N> {
            self.call_builder(
                &reservationDepositCall {
                    requestId,
                },
            )
        }
        ///Creates a new call builder for the [`reserveSlot`] function.
        pub fn reserveSlot(
            &self,
            requestId: alloy::sol_types::private::FixedBytes<32>,
            slotIndex: u64,
        ) -> alloy_contract::SolCallBuilder<&P, reserveSlotCall, N> {
            self.call_builder(
                &reserveSlotCall {
                    requestId,
                    slotIndex,
                },
            )
        }
        ///Creates a new call builder for the [`slotId`] function.
        pub fn slotId(
            &self,
            requestId: alloy::sol_types::private::FixedBytes<32>,
            slotIndex: u64,
        ) -> alloy_contract::SolCallBuilder<&P, slotIdCall, N> {
            self.call_builder(&slotIdCall { requestId, slotIndex })
        }
        ///Creates a new call builder for the [`slotPayout`] function.
        pub fn slotPayout(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, slotPayoutCall, N> {
            self.call_builder(&slotPayoutCall { id })
        }
        ///Creates a new call builder for the [`slotState`] function.
        pub fn slotState(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, slotStateCall, N> {
            self.call_builder(&slotStateCall { id })
        }
        ///Creates a new call builder for the [`slotStateAt`] function.
        pub fn slotStateAt(
            &self,
            requestId: alloy::sol_types::private::FixedBytes<32>,
            slotIndex: u64,
        ) -> alloy_contract::SolCallBuilder<&P, slotStateAtCall, N> {
            self.call_builder(
                &slotStateAtCall {
                    requestId,
                    slotIndex,
                },
            )
        }
        ///Creates a new call builder for the [`submitProof`] function.
        pub fn submitProof(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
            proof: <Groth16Proof as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, submitProofCall, N> {
            self.call_builder(&submitProofCall { id, proof })
        }
        ///Creates a new call builder for the [`token`] function.
        pub fn token(&self) -> alloy_contract::SolCallBuilder<&P, tokenCall, N> {
            self.call_builder(&tokenCall)
        }
        ///Creates a new call builder for the [`verifier`] function.
        pub fn verifier(&self) -> alloy_contract::SolCallBuilder<&P, verifierCall, N> {
            self.call_builder(&verifierCall)
        }
        ///Creates a new call builder for the [`willProofBeRequired`] function.
        pub fn willProofBeRequired(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, willProofBeRequiredCall, N> {
            self.call_builder(&willProofBeRequiredCall { id })
        }
        ///Creates a new call builder for the [`withdrawFunds`] function.
        pub fn withdrawFunds(
            &self,
            requestId: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, withdrawFundsCall, N> {
            self.call_builder(&withdrawFundsCall { requestId })
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > MarketplaceInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`FundsWithdrawn`] event.
        pub fn FundsWithdrawn_filter(
            &self,
        ) -> alloy_contract::Event<&P, FundsWithdrawn, N> {
            self.event_filter::<FundsWithdrawn>()
        }
        ///Creates a new event filter for the [`ProofMissed`] event.
        pub fn ProofMissed_filter(&self) -> alloy_contract::Event<&P, ProofMissed, N> {
            self.event_filter::<ProofMissed>()
        }
        ///Creates a new event filter for the [`ProofSubmitted`] event.
        pub fn ProofSubmitted_filter(
            &self,
        ) -> alloy_contract::Event<&P, ProofSubmitted, N> {
            self.event_filter::<ProofSubmitted>()
        }
        ///Creates a new event filter for the [`RandomnessCommitted`] event.
        pub fn RandomnessCommitted_filter(
            &self,
        ) -> alloy_contract::Event<&P, RandomnessCommitted, N> {
            self.event_filter::<RandomnessCommitted>()
        }
        ///Creates a new event filter for the [`RequestFailed`] event.
        pub fn RequestFailed_filter(
            &self,
        ) -> alloy_contract::Event<&P, RequestFailed, N> {
            self.event_filter::<RequestFailed>()
        }
        ///Creates a new event filter for the [`RequestStarted`] event.
        pub fn RequestStarted_filter(
            &self,
        ) -> alloy_contract::Event<&P, RequestStarted, N> {
            self.event_filter::<RequestStarted>()
        }
        ///Creates a new event filter for the [`SlotAbandoned`] event.
        pub fn SlotAbandoned_filter(
            &self,
        ) -> alloy_contract::Event<&P, SlotAbandoned, N> {
            self.event_filter::<SlotAbandoned>()
        }
        ///Creates a new event filter for the [`SlotFilled`] event.
        pub fn SlotFilled_filter(&self) -> alloy_contract::Event<&P, SlotFilled, N> {
            self.event_filter::<SlotFilled>()
        }
        ///Creates a new event filter for the [`SlotFreed`] event.
        pub fn SlotFreed_filter(&self) -> alloy_contract::Event<&P, SlotFreed, N> {
            self.event_filter::<SlotFreed>()
        }
        ///Creates a new event filter for the [`SlotPaid`] event.
        pub fn SlotPaid_filter(&self) -> alloy_contract::Event<&P, SlotPaid, N> {
            self.event_filter::<SlotPaid>()
        }
        ///Creates a new event filter for the [`SlotReserved`] event.
        pub fn SlotReserved_filter(&self) -> alloy_contract::Event<&P, SlotReserved, N> {
            self.event_filter::<SlotReserved>()
        }
        ///Creates a new event filter for the [`StorageRequested`] event.
        pub fn StorageRequested_filter(
            &self,
        ) -> alloy_contract::Event<&P, StorageRequested, N> {
            self.event_filter::<StorageRequested>()
        }
    }
}
