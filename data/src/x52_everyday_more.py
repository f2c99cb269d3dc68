# Seventh batch; written from the category descriptions only.
# Everyday compliant ads as real ad traffic has them: many advertisers and
# industries (trades, SaaS, banks' deposit products, travel, retail, public
# services, charities, jobs...) in search, social, banner, SMS, marketplace,
# app-store, newsletter and local formats. No labels at all. Blocks marked
# tricky=1 hold benign ads that innocently use words that look risky out of
# context ("shots", "killer prices", wine-braised dishes, barware, clinics).
DATA = r"""
@ vertical=plumbing lang=en
Burst pipe at 2am? | Halvorsen Plumbing answers 24/7 across Tacoma. Licensed, bonded, flat-rate pricing quoted before we start. Call (253) 555-0148.
FREE ESTIMATES · NORTHSIDE PLUMBING CO. |
Slow drain again? 🚿 | Our techs clear kitchen and bathroom clogs and run a camera down the line so the fix actually lasts. Pick a 2-hour arrival window online. #DrainCleaning #PDXhomes
Dripping tap keeping you up? | Tap and washer repairs from £65, no call-out charge in LE1 to LE5. Mainline Plumbing, Belgrave Rd, Leicester. 0116 555 0192

@ vertical=electrician lang=en
Panel upgrades & EV chargers | Brightline Electric installs Level 2 home chargers and handles the permit paperwork for you. Serving Mesa and Gilbert since 2009.
Flickering lights aren't "old house charm" | Book an $89 safety inspection with a master electrician. Oakridge Electric, 4410 Fern Ave, Columbus OH. 614-555-0193

@ vertical=roofing lang=en
Roof check after a rough winter | Free drone inspection with a photo report emailed to you the same afternoon. Cedar Ridge Roofing, Lansing.
STANDING SEAM METAL ROOFS · 18 COLORS · 40-YR WARRANTY |

@ vertical=landscaping lang=en
Spring cleanup slots are open | Mulch, edging and bed prep for yards up to half an acre. Green Thumb Bros, Raleigh. Text 919-555-0172 for a quote.
Native plant garden design | Lower water bills and a lot more butterflies. Design consults $75, credited toward installation.

@ vertical=saas lang=en
Docs your team actually reads | Threadline turns meeting notes into a searchable wiki without anyone copy-pasting. Free for teams up to 10.
Stop chasing approvals in email | FlowDesk routes purchase requests to the right manager and logs every sign-off. SOC 2 Type II. Book a 20-min demo.
Kanban, Gantt or list. Your call. | Plan work the way your team thinks with Tasko. 14-day trial, no card required.
API monitoring set up in 5 minutes | Pingwell checks your endpoints from 22 regions and posts to Slack as soon as latency climbs.

@ vertical=accounting_software lang=en
Close the books by the 3rd | LedgerLeaf reconciles bank feeds automatically so month-end takes hours instead of days. Plans from $29/mo.
Invoicing for freelancers 🧾 | Send a branded invoice in 30 seconds, get paid by card or bank transfer and see who's overdue at a glance. Try Billfold free for 30 days.
MTD-ready bookkeeping for sole traders | Submit VAT returns straight to HMRC from Tallybook. £12/month + VAT, cancel whenever.

@ vertical=hr_software lang=en
Payroll for 5 to 500 employees | Run payroll in three clicks, file payroll taxes automatically and give staff a self-service portal for payslips.

@ vertical=web_hosting lang=en
WordPress hosting from $3.95/mo | Free SSL, daily backups and one-click staging sites. 30-day money-back guarantee.
Your .shop domain is waiting | Register at Nameharbor from $8.99 the first year. WHOIS privacy included.

@ vertical=cybersecurity lang=en
Phishing training staff won't skip | Five-minute monthly lessons plus simulated emails, with reports your cyber insurer will ask for anyway.
Password manager for teams | Share logins safely, enforce 2FA and spot reused passwords. VaultSpace Business, $4/user/month.

@ vertical=dentist lang=en
New patient exam + X-rays $99 | Riverside Family Dental, 220 Main St, Suite 4, Bend OR. Evening hours Tue & Thu. (541) 555-0126
Clear aligner consultations | Complimentary 3D scan with Dr. Amara Osei this month. See a preview of your new smile before you decide anything.
Nervous about the dentist? | We go at your pace, explain each step and you can raise a hand to pause anytime. Gentle Smiles Dental, Overland Park KS.

@ vertical=grocery_delivery lang=en
Groceries at your door in 30 minutes | Basketly delivers fresh produce, dairy and pantry staples from stores near you. First delivery fee waived.
Your weekly shop, sorted 🥦🍞 | Save your usual list and reorder in one tap. Delivery slots 7am–10pm, seven days a week. #GroceryDelivery
FREE DELIVERY ON ORDERS OVER £40 |
FreshCart: 15% off your next order | Use code SPRING15 at checkout until Sun 11:59pm. Reply STOP to opt out.

@ vertical=airline lang=en
Lisbon from $389 round trip | Nonstop from Boston on select dates through June 12. Checked bag not included on Basic fares.
New: Denver to Anchorage, daily | Northwind Air launches nonstop service May 2. One-way fares from $149.
SkyHarbor: your flight SH218 check-in is open | Skip the counter and get your boarding pass on your phone. Msg&data rates may apply. Reply STOP to unsubscribe.

@ vertical=insurance lang=en
Renters insurance from $9/month | Covers your belongings against theft, fire and water damage. Get a quote in about 3 minutes with Homebase.
Pet insurance for senior dogs too | Enroll pets up to age 14. Reimburses up to 90% of eligible vet bills after your deductible.
Travel insurance for long trips | Trip cancellation, lost bags and medical care abroad. Nomad Shield from €38/month, pause it when you're home.

@ vertical=bank_savings lang=en
4.10% APY savings, no monthly fees | Crestline Bank savings is FDIC insured. Rate is variable and accurate as of March 1.
Kids' savings with a chore tracker | Piggy by Union Mutual lets parents set goals and match deposits. No fees, no minimums.
Checking that doesn't nickel-and-dime you | No overdraft fees and direct deposit up to 2 days early. Open a Harbor Credit Union account online in 5 minutes.
!Round-ups for your rainy-day pot | Every card purchase rounds up to the nearest pound and the change goes into your Easy Saver. Kestrel Bank, FSCS protected.

@ vertical=university lang=en
Master of Public Health, part-time online | Lakeshore University. Apply by July 15 to start in the fall semester.
Open Day: Saturday 14 June | Tour campus, sit in on a taster lecture and ask student ambassadors anything. University of Westmere.
Engineering with a co-op year | Graduate with 12 months of paid work experience on your CV. Ridgefield Institute of Technology, Ontario.

@ vertical=recruiting lang=en
Hiring: warehouse associates, $21/hr | Day and night shifts in Joliet, IL. Weekly pay, benefits from day one. Apply in 2 minutes.
Senior Backend Engineer (Go, Postgres) | Fully remote within EU time zones. €85–105k plus equity. Small team, no weekend on-call.
We're hiring nurses 🩺 | RN openings at Maple Grove Hospital, $7,500 sign-on bonus for ICU and tuition reimbursement. #NursingJobs #NowHiring
Bus operators wanted | Metro Transit is hiring full-time drivers. Paid CDL training, $24.60/hr to start, pension. Info session Tue 6pm at 300 Depot Rd.
Line cook, evenings | Busy neighborhood bistro in Somerville needs a line cook Wed–Sun. $20/hr plus tips share, family meal every shift. Email your availability.
Part-time bookkeeper (15 hrs/week) | Family-run landscaping company in Guelph. Xero experience preferred, flexible hours, work from home two days.

@ vertical=car_dealer lang=en
Certified pre-owned SUVs | 172-point inspection and a 12-month warranty on every one. 300+ vehicles on the lot at Parkway Motors, Fresno.
Trade-in appraisal in 15 minutes | Bring your car to Summit Auto Group and leave with a written offer good for 7 days.
Test drive the all-electric Voltra EX | Up to 310 miles of range. Home test drives available across the Denver metro.

@ vertical=real_estate lang=en
3BR Craftsman in Highland Park | Open house Sun 1–4pm. 1,840 sq ft, updated kitchen, detached garage. $749,000.
Thinking of selling? | Get a free valuation from an agent who knows your street. Kim Nguyen, Brightway Realty. DRE #01987654
Student rooms for September | Furnished, bills included, 8 minutes' walk to campus. From £165/week.
2-bed flat, canal views, no chain | Bright top-floor flat in Hebden Bridge with allocated parking. Offers over £215,000.

@ vertical=pet_food lang=en
Fresh dog food portioned for your pup | Human-grade recipes delivered frozen every 2 weeks. 50% off your first box at Barkbowl.
Grain-free kibble for sensitive stomachs | Salmon & sweet potato, 24 lb bag $64.99. Formulated with a veterinary nutritionist.

@ vertical=toys lang=en
1,200-piece Castle Keep building set | Ages 9+. $79. Step-by-step instructions also in the free app.
Wooden toys that get handed down | Hand-finished beech blocks and pull-along animals, tested to EN 71. Free gift wrap.

@ vertical=furniture lang=en
Sofas in 14 days, not 14 weeks | Nookhaus modular sofas ship free and come with a 100-night trial.
Solid oak dining tables | Made in Vermont and extendable from 6 to 10 seats. Showroom at 88 Mill St, Burlington.
FLOOR MODEL CLEARANCE UP TO 40% OFF |

@ vertical=fashion lang=en
Linen shirts for summer | 100% European flax in 9 colours. $58 with free returns for 30 days.
Wide-leg trousers, just landed 👖 | Tailored fit and pockets that actually hold a phone. Sizes 0–24. #NewIn #WorkWear
Rain jackets for the school run | Kids' waterproofs with reflective trim, ages 2–12, from £28.

@ vertical=secondhand_marketplace lang=en
Vintage Levi's 501, W32 L30 | Good condition, light fade at the knees. £35 plus postage, or collect from Bristol.
Kids' bike 16" with stabilisers | Outgrown, fully working, new chain last year. £20 ono.
Switch OLED + 2 games | Like new, original box and both Joy-Cons. $260 firm. Local pickup.

@ vertical=cosmetics lang=en
Skin tint with SPF 30 | Sheer coverage in 20 shades. Fragrance-free and dermatologist-tested. $32.
Gentle cleanser for sensitive skin | pH-balanced, no sulfates. 200 ml for $14 at Dew Lab.

@ vertical=hotel lang=en
A weekend in Savannah | The Lindell Hotel: rooms from $179/night, breakfast included, 2 blocks from Forsyth Park.
Stay 3 nights, pay for 2 | Alpenrose Lodge, Zermatt. Valid for stays through 30 September. Ski storage and sauna.

@ vertical=concerts lang=en
The Marigolds, live at the Orpheum | Tickets on sale Friday 10am. All ages. Limit 4 per order.
Free jazz in Riverside Park | Sundays in July from 6pm. Bring a blanket and a picnic.
Youth Orchestra spring concert | Dvořák and Copland at St. Mark's Hall, April 27, 3pm. Pay what you can.

@ vertical=museum lang=en
New exhibit: Ocean Giants | Life-size whale skeletons and a deep-sea sound room. Members see it free from April 5.
Dinosaur sleepover for kids 🦕 | Torch-lit tour, fossil workshop and breakfast. Ages 7–11, March 22. Spaces are limited. #MuseumNights

@ vertical=charity lang=en
$40 keeps a family's water clean for a year | Your gift funds a household filter through ClearSpring. 91% of donations go straight to programs.
Volunteers needed Saturday mornings | Help sort and pack food at North County Food Bank. Ages 14+ with an adult. Sign up online.
Donate your old coat 🧥 | Drop it at any Hartley Cleaners by Dec 15 and we'll get it to someone who needs it. #CoatDrive

@ vertical=telecom lang=en
Unlimited talk, text & 5G data, $30/mo | Bring your own phone to Kestrel Mobile. Switch with an eSIM in about 10 minutes.
Fiber internet now in Westbrook | 1 Gig up and down for $65/mo, no data caps, no annual contract.
Kestrel Mobile: your new SIM is on its way | Activate it in the app when it arrives. Reply STOP to end texts.

@ vertical=utilities lang=en
Go paperless, get a $5 credit | Switch to e-billing with Valley Power & Light before June 30.
Free home energy check | A Tri-County Gas advisor will find drafts and suggest fixes. Book a visit online.

@ vertical=streaming lang=en
Season 3 lands Friday | All 8 episodes of The Long Field at once. Only on Lumen+.
Ad-supported plan, $6.99/mo | Same library with a few short breaks. Cancel anytime.
Audiobooks, no credits to count | Listen to as many titles as you like for $11.99/mo. First 30 days free.

@ vertical=mobile_games lang=en
Merge, grow, decorate 🌻 | Garden Merge turns a patch of weeds into your dream garden, one merge at a time. Free to play. #CozyGames
Word puzzles for your coffee break | 2,000 levels, plays offline, no timers. Rated 4.8 by 90k players.
Build a railway empire | Lay track, run freight and manage busy stations in Rail Tycoon Pocket. Ages 9+.

@ vertical=logistics lang=en
LTL freight quotes in 60 seconds | Compare 30+ carriers, book the pickup and track every pallet in one dashboard. CargoLane.
3PL warehousing for DTC brands | Pick, pack and ship from Reno and Columbus. 99.8% order accuracy last quarter.
Same-day courier, Greater Manchester | Documents and parcels up to 30 kg, collected within 60 minutes. 0161 555 0137

@ vertical=gym lang=en
First ride free at Forge Cycle | 45-minute classes to a playlist you'll actually like. 1120 Elm St, Dallas.
24/7 gym access, $19.99/mo | No annual contract, 6 locations across Tulsa. Join online in 3 minutes.
Climbing for total beginners | Intro bouldering session with shoe rental, $25. Vertigo Climbing Centre.

@ vertical=meal_kits lang=en
Dinner in 20 minutes | Pick 3 recipes a week. The veg comes chopped and the sauces pre-measured. From $8.99 a serving.
Vegetarian meal kits 🌱 | 24 new plant-based recipes every week in recyclable packaging. #MealPrep

@ vertical=government_services lang=en
Renew your passport online | Eligible adults can renew without mailing anything. Most renewals are processed in 6 to 8 weeks.
Book a DMV appointment online | Skip the line for license renewals and REAL ID. Saturday slots at 4 offices.
Park passes are now digital | Buy an annual State Parks pass on your phone and show it at the gate. $70 for residents.
Apply for a library card online | Free for everyone who lives, works or studies in Westbrook County. E-books available the same day.

@ vertical=veterinary lang=en
Annual wellness exam, $65 | Nose-to-tail check, weight review and a chat about diet. Cedar Vet Clinic, open Saturdays.
Dental cleaning month for pets | 15% off scale and polish in February. Call 555-0164 to book.

@ vertical=optician lang=en
Eye exam + 2 pairs from $129 | Clearview Optical, 5 locations. Walk-ins welcome most afternoons.
Kids' frames that bend back | Flexible frames with a 1-year breakage guarantee. Free eye tests for under-16s.

@ vertical=cleaning_services lang=en
End-of-tenancy deep clean | Ovens, fridges, skirting boards and windows, checklist included. £180 for a 2-bed flat.
Biweekly home cleaning from $110 | Same cleaner every visit, supplies included, background-checked staff. Sparkle & Co, Charlotte.

@ vertical=moving_company lang=en
Local moves from $99/hr for 2 movers | Truck, blankets and wardrobe boxes included. Licensed and insured in Illinois.
Moving abroad? | Door-to-door shipping to 60 countries with a single contact from packing to delivery. Free survey by video call.

@ vertical=florist lang=en
Same-day flowers in Austin | Order by 1pm. Seasonal bouquets from $45, hand-tied by our florists.
Mother's Day pre-orders open 🌷 | Peonies, ranunculus and tulips, delivered May 10–11. #ShopLocal

@ vertical=jewelry lang=en
Custom engagement rings | Lab-grown or natural stones, designed with you over three appointments. Ellery & Stone, 14 Bridge St.
Birthstone stacking rings | Sterling silver, $48 each. Free engraving this week.

@ vertical=consumer_electronics lang=en
Noise-cancelling earbuds, 30-hr battery | $89 in our spring sale through April 7.
Refurbished laptops with a 2-year warranty | Tested, cleaned, new battery. From $329 at ReNew Tech.

@ vertical=outdoor_gear lang=en
2-person tent, 1.4 kg | Three-season, freestanding, pitches in 4 minutes. $229.
Trail runners in wide fit | Grippy lugs, rock plate, 6 mm drop. Free returns if they don't fit.

@ vertical=bicycle_shop lang=en
Spring tune-up, $69 | Gears, brakes and a safety check, usually back in 48 hours. Spokes & Co, 405 Water St.
E-bikes to test ride this weekend | Commuter and cargo models. Book a 30-minute ride at Pedalworks.

@ vertical=language_learning lang=en
Learn Japanese in 10-minute lessons | Speaking practice with voice feedback. Start free, upgrade later if you like it.
Conversation classes, max 6 students | French, Italian and German in the evenings. Lingua House, Edinburgh.

@ vertical=tutoring lang=en
GCSE maths tutoring | Qualified teachers, online or in your home. First session half price.
SAT prep, small groups | 8-week course with 4 full practice tests. Starts Sept 9 in Plano and online.

@ vertical=childcare lang=en
After-school club places for September | Pickup from 3 local primaries, homework help and outdoor play until 6pm. Ofsted registered.
Infant room openings | Licensed daycare in Ballard with 1:4 ratios and daily photo updates. Tours Tuesdays.

@ vertical=travel_agency lang=en
Japan in cherry blossom season | 11 days, small group, rail pass included. Departures March 28 and April 4.
Family trips to Costa Rica | Zip lines, turtle beaches and a rainforest lodge. Planned by specialists, from $2,450 per adult.

@ vertical=car_rental lang=en
Airport car rental from $29/day | Free cancellation up to 48 hours before pickup. Unlimited miles on most cars.
Need a van for the weekend? | 3.5-tonne vans from £59 a day, no deposit for account customers.

@ vertical=theater lang=en
Into the Woods, opening April 11 | Rivertown Players. Tickets $22, students $12. Matinees Saturdays at 2pm.
Relaxed performance of the panto | Lights up, sound down, and you can move around. Sunday 15 Dec, 11am.

@ vertical=wedding_services lang=en
Wedding venue open house | Walk the barn and gardens, meet our coordinator and taste the menu. Sunday, 12–3pm.
Stationery for your big day | Save-the-dates, invitations and place cards on recycled card. Samples free.

@ vertical=mattresses lang=en
Hybrid mattress, 365-night trial | Free delivery and old-mattress removal. Queen from $799.

@ vertical=coworking lang=en
!Hot desk day pass, £15 | Fast wifi, phone booths and good coffee. Hubspace, 22 Cornwall St, Birmingham.
Private office for 4, month to month | No long lease. Mail handling and meeting room credits included.

@ vertical=print_shop lang=en
Business cards by tomorrow | 250 cards on 400gsm from $24. Order by 3pm for next-day pickup at PrintHub.
Banners and signage | Vinyl banners, A-frames and window decals printed in-house. Quotes within one working day.

@ vertical=solar_energy lang=en
Get a solar quote from your roof photo | Panel layout and estimated output sent within 48 hours. No site visit needed.
Home battery storage | Store daytime solar for the evening. Certified installers across Queensland.

@ vertical=tax_prep lang=en
Taxes done by a pro, from $149 | Bring your documents or upload them. Drop-off or same-week appointments at Harbor Tax.
Self-employed? | We'll sort your Self Assessment, expenses and payments on account. Fixed fee £240.

@ vertical=legal_services lang=en
Wills and power of attorney | Fixed-fee wills from £195. Home visits available in Surrey.
Tenant or landlord dispute? | Free 20-minute phone consultation with a housing attorney. Pierce & Lamb, 1200 Market St.

@ vertical=library lang=en
Seed library is open 🌱 | Borrow tomato, bean and marigold seeds for free at the Westbrook branch. #LibraryLife
Tech help drop-in | Bring your phone or laptop on Wednesdays 2–4pm. Volunteers help with email, video calls and apps.

@ vertical=senior_care lang=en
In-home care, 4-hour minimum | Companionship, meal prep and medication reminders from vetted caregivers. Call 555-0152.
Assisted living tours this week | Private apartments, chef-made meals and a full activity calendar. Lunch on us when you visit.

@ vertical=auto_repair lang=en
MOT + service from £99 | Bath Road Garage, Slough. Free collection within 5 miles. 01753 555 018
Check-engine light on? | Free diagnostic scan with any repair over $100. ASE-certified techs at Midtown Auto.

@ vertical=car_wash lang=en
Unlimited washes, $24.99/mo | Wash as often as you like at any of 9 SudsCity locations. Cancel online anytime.

@ vertical=crafts_supplies lang=en
Yarn sale: merino and alpaca blends | 30% off through Sunday. 120 colourways in stock at Loop & Needle.
Beginner watercolour kit | 24 pans, 3 brushes and cold-press pad. $39 with a free video class.

@ vertical=music_lessons lang=en
Guitar lessons for adults | Never too late. 30-minute lessons in Hyde Park, first one free.
Piano for ages 5+ | Certified teachers, recitals twice a year. Limited weekday spots for fall.

@ vertical=laundry lang=en
Wash & fold pickup, $1.95/lb | Bag it, we collect it, it's back folded in 24 hours. Fluff Laundry, Queens.

@ vertical=mobile_apps lang=en
Budget by envelope | Give every dollar a job and sync with your partner. Free for 34 days, then $4.99/mo.
Weather that's actually local | Minute-by-minute rain alerts for your street. No ads on Plus.
Notes that sync everywhere | Markdown, handwriting and offline access on phone, tablet and desktop. Free up to 3 devices.
Plant care reminders 🪴 | Snap a photo, identify the plant and get a watering schedule that fits your room. Free on iOS and Android.

@ vertical=newsletter lang=en
This week at Marlow Garden Centre | Our tomato plug plants have arrived, with 14 varieties including Sungold and Black Krim. The café reopens Saturday with new opening hours, and Sunday's free composting workshop starts at 11am in the polytunnel. See you there.
Your April reading list | Three debut novels our booksellers couldn't put down, a new biography of a forgotten aviator, and a cookbook built entirely around sheet-pan dinners. Members get 15% off all five until April 30. Reserve copies online and collect in store.
Inside the Sprintwise update | You can now link tasks across projects, set working hours per teammate and export burndown charts as PDF. We also fixed the calendar sync bug several of you reported. Full release notes are on the blog, and as always, reply here with feedback.
Notes from the farm, week 23 | The strawberries came in early, so this week's veg box has a punnet in every size. Next week expect new potatoes and broad beans. Remember to leave your empty crates by the door so we can reuse them. Thanks for supporting small growers.
Westbrook Rec Centre, summer sign-ups | Swim lessons, pickleball leagues and our popular kids' cooking camp all open for registration on May 1 at 8am. Residents get priority for the first 48 hours. Financial assistance is available; ask at the front desk.

@ vertical=local_trades lang=en
Handyman, no job too small | Shelves, flat-pack, gutters, leaky taps. Dave, 07700 900 418, Swindon area.
Chimney sweep & inspection | Certified sweep, clean and smoke-draw test, £70. Book before the autumn rush.
Appliance repair, same week | Washers, dryers, fridges. $79 diagnostic fee waived with repair. Call Jorge at (602) 555-0187.
Locksmith, 30-minute response | Lockouts, rekeys and smart locks. Licensed and insured. 24/7 in Sacramento, (916) 555-0108.

@ vertical=short_banners lang=en
NEW SEASON. NEW COLOURS. |
Book now, pay at the hotel |
ORDER BY DEC 18 FOR CHRISTMAS DELIVERY |
Free shipping over $50 |
FALL CLASSES START SEPT 8 |
Now open in Midtown |
Trusted by 4,000 small businesses |
YOUR COMMUTE, BUT QUIETER |

@ vertical=restaurants lang=en
Luigi's Pizza: 2 large pies for $22 tonight | Use code TWOFER online or call 555-0175 before 9pm. Reply STOP to opt out.

@ vertical=hair_salon lang=en
Studio Nine: 2 openings tomorrow | 10:30am and 2pm with Priya. Reply YES to grab one, STOP to unsubscribe.

@ vertical=pet_supplies lang=en
Pawprint Pet Supply | Double loyalty points on all dog and cat food this Sat–Sun. Txt STOP to quit.

@ vertical=photography lang=en tricky=1
Headshots that get you hired | 20-minute studio session, 3 retouched shots, $149. Lumen Studio, 77 Grand St, Brooklyn.
We shoot weddings, not just poses | Candid coverage from getting ready to the last dance. 2025 dates open now.
Family beach shoot at golden hour 📸 | 45 minutes, every edited image delivered within 10 days. Book before July fills up. #FamilyPhotos

@ vertical=fashion lang=en tricky=1
Drop-dead gorgeous prom gowns | 300+ styles in sizes 00–30 at Belle Rose Boutique, Westfield Mall. Alterations done in-house.
Wine-red velvet blazer | The holiday piece you'll keep reaching for. $129, sizes XS–3XL.
High-waisted jeans that don't dig in | Stretch denim in 3 rises and 4 lengths. Two for $110, offer ends Sunday at midnight.
Tobacco-brown suede boots | Hand-stitched in Portugal and waterproofed at no extra cost. $240.
Slay the office dress code 💼 | Sharp blazers and easy trousers, new at Marlowe. #OOTD #WorkStyle
Dope sneakers, fair prices | Limited drops and restocks every Friday at Kickbox, 510 Canal St.

@ vertical=restaurants lang=en tricky=1
Wine-braised short ribs are back | Slow-cooked for 6 hours and served over creamy polenta. Tuesday to Saturday at Osteria Lina.
Beer-battered fish & chips Friday | Fresh cod, hand-cut chips, mushy peas. £11.50 at The Anchor Kitchen, Whitby.
Rigatoni alla vodka, $16 | Our most-ordered pasta is now on the lunch menu. Order pickup in the app.
Smoked brisket by the pound | 14 hours over post oak. Usually sold out by 2pm, so come early. Hickory Hollow BBQ.
The Bomb Burger 💥 | Double smash patty, pickles, house sauce. Tuesdays $9. #BurgerNight
Birria tacos to die for 🌮 | Slow-braised beef with consommé for dipping. Tue–Sun at La Fogata, 2290 S Central Ave.
Bet. Tacos are $2 on Tuesdays. |

@ vertical=snacks lang=en tricky=1
Dangerously addictive chili crisp | Crunchy garlic, shallot and Sichuan pepper in oil. Try it on eggs, noodles, even vanilla ice cream. $12 a jar.
Bet you'll finish the bag | Salted honey pretzel bites from Crumb & Co, now in the snack aisle at Fairway.
Seriously hooked on these 😅 | Our mango chili dried fruit is back in stock. 3 bags for $15. #SnackTime

@ vertical=barware lang=en tricky=1
Crystal rocks glasses, set of 4 | Lead-free, dishwasher safe, weighted base. $42 at Hearth & Table.
Wine glasses that survive the dishwasher | Titanium-strengthened stems, set of 6 for $54.
Shot glasses with your logo | Custom printed, minimum order 48. Good company swag for conferences.

@ vertical=retail_sales lang=en tricky=1
BLOW-OUT SALE · EVERYTHING MUST GO · ENDS SAT |
Killer prices on patio furniture | Up to 50% off lounge sets through Labor Day, Sept 2, while stock lasts.
Smoking hot grill deals 🔥 | Gas and pellet grills up to $200 off through June 30. Free assembly on orders over $499. #GrillSeason
Only 3 left in size M | The Harbor rain jacket is almost sold out. Restock expected in October.
Sale ends tonight at 11:59pm PT | 25% off sitewide at Kindred Home. Code and exclusions shown in cart.
Knockout prices on last season's skis | Up to 60% off at Ridgeline Sports until March 31.
Safe bet for last-minute gifts | E-gift cards in any amount, delivered by email in minutes.

@ vertical=saas lang=en tricky=1
Free for 30 days. We'll remind you before it ends. | Try Notely Pro without a card. If you don't upgrade, you simply drop back to the free plan.
The killer app for field teams | Crewlink schedules jobs, collects signatures and syncs offline. 14-day free trial.
Flawless execution, every sprint | Track commitments and ship on time with Sprintwise. Free for up to 5 users.
Crack the code on local SEO 🔍 | Weekly keyword reports for small businesses. 7-day free trial, cancel in one click. #SEO
Your free trial ends in 3 days | Keep your Cloudnest projects by choosing a plan, or do nothing and your account switches to Free automatically.

@ vertical=consumer_electronics lang=en tricky=1
High-performance laptops for creators | 32GB RAM, dedicated graphics and a colour-accurate display. From $1,799 at Vantor.
Blast your playlist 🔊 | Waterproof speaker with 24 hours of play. Beach-ready for $79.
Smoke & CO alarm, 2-pack | Voice alerts and a 10-year sealed battery. $59.

@ vertical=gym lang=en tricky=1
Beast mode at 6am | Strength class at Ironworks Gym, 5 days a week. First week free, no contract.
Crush your first 5K 🏃 | 8-week couch-to-5K group, Tuesdays and Saturdays. $40 with a shirt included. #RunClub
Kickboxing for fitness | No sparring required. Learn technique and get a proper workout. Free trial class at Apex MMA, 12 Ryan Rd.
Self-defense basics for teens | Four Saturday sessions with certified instructors. Parents are welcome to watch.

@ vertical=cosmetics lang=en tricky=1
Poker-face mascara | Smudge-proof for 24 hours with no flaking. $22.
Bath bombs, handmade in Maine | Lavender, citrus and oatmeal scents. 4 for $20.
The nude palette | 12 matte and shimmer neutrals for everyday looks. $38, cruelty-free.

@ vertical=hair_salon lang=en tricky=1
Blowout bar now open | Wash and blowout $45, ready in 40 minutes. 312 Ash St, Denver. Walk-ins after 11am.
Blunt bob or curtain bangs? | Free consultation with any cut this month at Studio Nine.

@ vertical=coffee_shop lang=en tricky=1
Double shot, half price before 8am | Every weekday at Ground Floor Coffee, 88 King St.
Our most addictive latte is back 🍁 | Maple pecan, hot or iced, through November. #CoffeeLovers

@ vertical=bakery lang=en tricky=1
Naked cakes for summer weddings | Lightly frosted layers with fresh flowers. Tastings by appointment at Flour & Fern.
Sinfully good cinnamon rolls | Saturdays only, out of the oven at 7am, gone by 10.

@ vertical=pharmacy lang=en tricky=1
Flu shots, no appointment | Walk in at any Corner Drug location, 9am–7pm. Most insurance accepted.
Open till midnight | Westside Pharmacy, 1400 Pine Ave. OTC medicines, baby care and photo prints.
Passport photos in 5 minutes | At the photo counter of any HealthMart store, $12.99.

@ vertical=medical_clinic lang=en tricky=1
Urgent care, open 7 days | X-ray and lab on site. Check in online and wait from home. Northgate Urgent Care.
Confidential STI testing | Walk-in hours Monday to Friday, results in 48 hours. Eastside Sexual Health Clinic, 9 Porter St.
Quit smoking with free support | 8 weeks of coaching plus nicotine patches for eligible state residents. Call 1-800-555-0145.
Recovery starts with one call | Outpatient addiction treatment with evening groups. Most insurance accepted. Harborlight Recovery Center.
Eating disorder treatment for teens | Family-based therapy with registered dietitians. Virtual and in-person programs.
Free naloxone training | Learn to respond to an opioid overdose in one hour. Kits provided. Main Library, Thursday 6pm.

@ vertical=mental_health lang=en tricky=1
Struggling tonight? | Call or text 988 any time. Free, confidential support from trained counselors.
Grief support group | Tuesdays 7pm at the Community Center. Free, drop in when you're ready.

@ vertical=pest_control lang=en tricky=1
Ants in the kitchen? | We kill the colony, not just the trail. Quarterly plans from $39/mo. Bugout Pest Control.
Termite inspection, free | Licensed exterminators serving Orange County since 1998. (714) 555-0119

@ vertical=cleaning_products lang=en tricky=1
Kills 99.9% of germs on hard surfaces | EPA-registered disinfectant spray, citrus scent. 32 oz for $5.49.

@ vertical=garden_center lang=en tricky=1
Weed and feed for spring lawns | Covers 5,000 sq ft. $24.99 at Greenacre Garden Center.
Tired of pulling weeds? | Our crew handles weeding, mulching and edging every two weeks. From $60 a visit.

@ vertical=hardware_store lang=en tricky=1
Nail gun rental, $29/day | Framing and finish nailers, compressor included. Reserve at Hollis Hardware.
Cordless glue gun | Heats in 60 seconds, runs 2 hours. Great for crafts and quick repairs. $24.

@ vertical=kitchenware lang=en tricky=1
8-inch chef's knife | German steel, full tang, sharpened to 15°. $79 with a free honing rod.
Pots & pans, 10-piece set | Tri-ply stainless, oven safe to 500°F. $199.

@ vertical=toys lang=en tricky=1
Water blasters for backyard battles 💦 | 3-pack with 900 ml tanks, ages 6+. $24. #SummerFun
Laser tag birthday parties | Arena for up to 20 kids with pizza included. Laserzone, Route 9.

@ vertical=events lang=en tricky=1
Murder mystery dinner at the Grand | Solve the case over three courses. Fridays and Saturdays in October, $69.
Zombie 5K fun run 🧟 | Outrun costumed zombies and keep your flags. All proceeds to the school PTA.
Escape room: The Vault | 60 minutes to crack the safe. Teams of 2–6, booking essential.
The comedy show that killed at Fringe | Now in London for 3 nights. Tickets £16.

@ vertical=bookstore lang=en tricky=1
Killer thrillers, 3 for 2 | Our crime and suspense table all summer at Chapter House Books.
True crime book club | Second Tuesdays at 7pm. This month: a 1970s cold case. Free to join.

@ vertical=automotive lang=en tricky=1
High-performance tyres, fitted | Summer tyres for sports saloons with a free alignment check.
Your local authorized dealer | Service, parts and new 2025 models at Ridgeway Powersports.

@ vertical=travel lang=en tricky=1
Hit the slopes for less | Lift + lodging from $129/night at Pine Peak, weekdays in January.
Northern Lights photo tour | Small groups and a pro photographer with shooting tips every night. Tromsø, Jan–Mar.

@ vertical=government_services lang=en tricky=1
Free flu shots this week | County Public Health offers flu vaccines for ages 6 months and up at 5 sites. No appointment needed.
Tax filing deadline: April 15 | File online for free if your income is under $84,000. Check eligibility on the official IRS site.

@ vertical=veterinary lang=en tricky=1
Puppy shots package, $120 | DHPP series, rabies vaccine and a wellness exam. Cedar Vet Clinic.

@ vertical=bank_savings lang=en tricky=1
Lock in 4.25% for 18 months | Fixed-rate savings account from Kestrel Bank. FSCS protected up to £85,000.

@ vertical=bakery lang=de
Sonntagsbrötchen vorbestellen | Bis Samstag 18 Uhr im Laden oder per App, abholen ab 7 Uhr. Bäckerei Krumm, Lindenstraße 12.

@ vertical=grocery_delivery lang=de
Einkäufe in 20 Minuten an der Tür | Frisches Obst, Gemüse und Milchprodukte aus Läden in deiner Nähe. Die erste Lieferung ist gratis.

@ vertical=recruiting lang=de
Wir suchen Elektroniker (m/w/d) | Unbefristet in Dortmund, 30 Tage Urlaub, Dienstwagen auch privat nutzbar. Jetzt in 3 Minuten bewerben.
Pflegefachkraft in Teilzeit gesucht | Ambulanter Pflegedienst in Freiburg, feste Touren, kein Wochenenddienst im Wechsel mit Vollzeitkräften.

@ vertical=hotel lang=de
Wellnesswochenende im Allgäu | 2 Nächte mit Halbpension ab 289 € pro Person. Sauna und Hallenbad inklusive.

@ vertical=bank_savings lang=de
Tagesgeld: 3,0 % p. a. für Neukunden | Zinssatz gilt 4 Monate, danach variabel. Einlagen gesetzlich gesichert bis 100.000 €.

@ vertical=insurance lang=de
Privathaftpflicht ab 4,50 € im Monat | Jederzeit kündbar, Schäden einfach per App melden.

@ vertical=public_transit lang=de
Mit dem Abo entspannt pendeln | Monatlich kündbar, gilt in Bus und Bahn im ganzen Verbund. Jetzt in der App bestellen.

@ vertical=retail_sales lang=de tricky=1
KNALLER-PREISE AUF ALLE GARTENMÖBEL |
Grill-Hammer der Woche | Gasgrill mit 4 Brennern für 349 € statt 449 €, nur bis Samstag.
Rinderschmorbraten in Rotweinsoße | Unser Mittagstisch am Donnerstag, mit Rotkohl und Klößen, 12,90 €. Gasthaus zur Linde.

@ vertical=photography lang=de tricky=1
Fotoshooting für die ganze Familie | 60 Minuten im Studio, 10 bearbeitete Bilder, 189 €. Gutscheine auch zum Verschenken.

@ vertical=telecom lang=pt
Internet fibra 500 Mega | R$ 99,90 por mês, instalação grátis e Wi-Fi 6 incluído. Consulte a cobertura no seu CEP.
@ vertical=dentist lang=pt
Avaliação odontológica gratuita | Clínica Sorriso Leve, Rua Augusta 1200, São Paulo. Agende pelo WhatsApp (11) 95555-0142.
@ vertical=language_learning lang=pt
Inglês para o trabalho | Aulas ao vivo em grupos de até 6 alunos, à noite. Primeira aula experimental sem custo.
@ vertical=real_estate lang=pt
T2 renovado em Benfica | 78 m², varanda, perto do metro. 315.000 €. Visitas ao sábado.
@ vertical=recruiting lang=pt
Vaga: auxiliar de logística | Centro de distribuição em Guarulhos, turno da manhã, vale-refeição e plano de saúde.
@ vertical=hotel lang=pt
Pousada na Serra da Mantiqueira | Diárias a partir de R$ 420 com café da manhã colonial. Lareira em todos os chalés.
@ vertical=grocery_delivery lang=pt
Supermercado em casa em 1 hora | Frutas, hortifrúti e padaria com entrega grátis na primeira compra acima de R$ 80.

@ vertical=retail_sales lang=pt tricky=1
Preços de arrasar na linha de cozinha | Panelas antiaderentes com até 40% off, só até domingo.
PROMOÇÃO BOMBÁSTICA DE VOLTA ÀS AULAS |
Ensaio fotográfico de gestante | Estúdio Luz, sessão de 1 hora com 15 fotos editadas. Agende já.
Risoto ao vinho tinto com cogumelos | Prato do dia no Bistrô da Praça, R$ 48. Reservas pelo telefone.

@ vertical=plumbing lang=es
Fontanero urgente en Madrid | Atascos, fugas y calentadores. Presupuesto sin compromiso, llegamos en menos de una hora. 600 555 214.
@ vertical=gym lang=es
Primera semana gratis | Gimnasio Atlas, Calle Mayor 18, Valencia. Sin matrícula si te apuntas antes del 31 de enero.
@ vertical=insurance lang=es
Seguro de hogar desde 8 € al mes | Cubre daños por agua, robo e incendio. Calcula tu precio en 2 minutos.
@ vertical=furniture lang=es
Sofás a medida | Elige tela, tamaño y color. Entrega en 3 semanas en toda la península.
@ vertical=university lang=es
Máster en Ciencia de Datos | Modalidad online, 12 meses. Matrícula abierta hasta el 30 de septiembre.
@ vertical=recruiting lang=es
Buscamos repartidores con moto propia | Horario flexible en Sevilla, pago semanal. Apúntate hoy.
@ vertical=mobile_apps lang=es
Organiza tus gastos del mes 📊 | Conecta tus cuentas y mira en qué se va el dinero. Gratis en iOS y Android. #FinanzasPersonales

@ vertical=retail_sales lang=es tricky=1
OFERTAS BOMBA EN TELEVISORES |
Precios de locura en bicis | Hasta un 35 % de descuento en bicis de montaña hasta el domingo.
Costillas al vino tinto | Nuestro plato estrella, cocinado a fuego lento 5 horas. Mesón El Roble, Burgos.
Farmacia de guardia 24 horas | Farmacia Central, Plaza de España 4. Parafarmacia, fotos de carnet y consejo farmacéutico.
Una apuesta segura para regalar | Tarjetas regalo desde 20 €, válidas en todas nuestras tiendas.

@ vertical=plumbing lang=fr
Plombier à Lyon, 7j/7 | Fuites, débouchage, chauffe-eau. Devis gratuit, intervention rapide. 04 55 55 01 32.
@ vertical=bank_savings lang=fr
Livret d'épargne à 3 % | Sans frais, disponible à tout moment. Taux en vigueur au 1er mars, susceptible d'évoluer.
@ vertical=education lang=fr
Formation développeur web en 6 mois | Financement CPF possible, cours du soir en ligne. Prochaine session en octobre.
@ vertical=gym lang=fr
Salle de sport ouverte 6h–23h | Sans engagement, 24,90 € par mois. Premier cours collectif offert.
@ vertical=museum lang=fr
Nocturne au musée le jeudi | Entrée gratuite pour les moins de 26 ans, visites guidées à 19h.
@ vertical=telecom lang=fr
Forfait 100 Go à 9,99 € | Sans engagement, eSIM disponible. Appels illimités en France.

@ vertical=retail_sales lang=fr tricky=1
Des prix canon sur la literie | Jusqu'à -40 % sur les matelas jusqu'au 15 février.
Une robe à tomber pour le mariage | Collection cérémonie, retouches offertes en boutique.
Bœuf bourguignon du dimanche | Mijoté au vin rouge pendant 4 heures. Brasserie du Marché, réservation conseillée.
Pharmacie de garde ce week-end | Pharmacie des Tilleuls, 12 rue Victor Hugo. Conseils, parapharmacie et vaccins.
Shooting photo en extérieur | 1 heure au parc, 20 photos retouchées. 150 €.

@ vertical=plumbing lang=it
Idraulico a Milano, pronto intervento | Perdite, scarichi otturati, caldaie. Preventivo gratuito. 02 555 0198.
@ vertical=optician lang=it
Occhiali progressivi a 199 € | Montatura e lenti inclusi, esame della vista gratuito. Ottica Belvedere, Via Roma 21.
@ vertical=insurance lang=it
Assicurazione auto, preventivo in 3 minuti | Confronta le offerte e paga anche a rate mensili.
@ vertical=hotel lang=it
Weekend sul Lago di Garda | Camera vista lago con colazione da 140 € a notte. Parcheggio gratuito.
@ vertical=language_learning lang=it
Corso di inglese per adulti | Lezioni serali a piccoli gruppi, livelli dall'A1 al C1. Iscrizioni aperte.

@ vertical=retail_sales lang=it tricky=1
PREZZI DA URLO SU TUTTI I TABLET |
Brasato al Barolo | Il piatto della domenica alla Trattoria del Ponte, con polenta. Prenota al tavolo.
Servizio fotografico per matrimoni | Reportage completo e album artigianale. Date 2025 disponibili.
Saldi esplosivi fino al 31 gennaio | Fino al 50 % su abbigliamento e scarpe.
"""
